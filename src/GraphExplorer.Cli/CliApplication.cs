using System.CommandLine;
using GraphExplorer.Cli.Commands;

namespace GraphExplorer.Cli;

/// <summary>The command line: builds the command tree, parses, runs, and maps failures to exit codes.</summary>
/// <param name="stdout">Where machine-readable output goes.</param>
/// <param name="stderr">Where progress, logs and errors go.</param>
internal sealed class CliApplication(TextWriter stdout, TextWriter stderr)
{
    /// <summary>Runs one command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        var console = new CliConsole(stdout, stderr);
        var root = new RootCommand("GraphExplorer: explore the generative-AI market as a graph.")
        {
            IngestCommand.Create(console),
            DocumentsCommand.Create(console),
            RemoveCommand.Create(console),
            TraversalsCommand.Create(console),
            QueryCommand.Create(console),
            ExportCommand.Create(console),
            CurateCommand.Create(console),
            CurationCommand.Create(console),
            StatsCommand.Create(console),
            ScoreCommand.Create(console),
            ServeCommand.Create(console),
            BenchCommand.Create(console),
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await stderr.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("Run with --help for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("Cancelled.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is CliUsageException or Core.Curation.CurationException)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (CliFailures.Describe(ex) is { } reason)
        {
            await stderr.WriteLineAsync($"error: {reason}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
