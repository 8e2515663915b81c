using GraphExplorer.Cli;

return await new CliApplication(Console.Out, Console.Error).RunAsync(args);
