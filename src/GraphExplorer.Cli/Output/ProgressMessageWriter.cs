namespace GraphExplorer.Cli.Output;

/// <summary>Writes each progress message as a line, synchronously so lines keep their order: <c>bench: corpus 10 MB: writing</c>.</summary>
/// <param name="writer">Where the lines go (stderr).</param>
/// <param name="prefix">Put before each message.</param>
internal sealed class ProgressMessageWriter(TextWriter writer, string prefix) : IProgress<string>
{
    public void Report(string value) => writer.WriteLine(prefix + value);
}
