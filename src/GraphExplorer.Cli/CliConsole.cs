namespace GraphExplorer.Cli;

/// <summary>The CLI's two streams: stdout for results alone, stderr for progress, logs and errors.</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Everything else.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error);
