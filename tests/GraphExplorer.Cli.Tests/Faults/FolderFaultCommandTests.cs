using System.Runtime.Versioning;
using GraphExplorer.Testing;

namespace GraphExplorer.Cli.Tests.Faults;

/// <summary>A folder to ingest that is not one, or cannot be read: a message naming it, a non-zero exit, the store unchanged.</summary>
public sealed class FolderFaultCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string StorePath => _temp.Combine("graph.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Ingest_FolderIsAFile_ExitsTwoNamingIt()
    {
        var file = _temp.WriteText("notes.md", "A note, not a folder.");

        var run = await CliRun.RunAsync("ingest", file, "--store", StorePath);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{file}' does not exist or is not a folder", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(StorePath));
    }

    [Fact]
    public async Task Ingest_FolderIsADanglingLink_ExitsTwoNamingIt()
    {
        var link = _temp.Combine("docs");
        File.CreateSymbolicLink(link, _temp.Combine("gone"));

        var run = await CliRun.RunAsync("ingest", link, "--store", StorePath);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{link}' does not exist or is not a folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Ingest_SubfolderNotReadable_ExitsOneNamingFolderAndKeepsItsDocuments()
    {
        // Root reads any folder whatever its mode, so there is nothing to test then (containers often run as root).
        Assert.SkipWhen(Environment.IsPrivilegedProcess, "Running as root: folder permissions do not stop root from reading.");
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes only.");
        var docs = _temp.Combine("docs");
        var inner = Path.Combine(docs, "inner");
        Directory.CreateDirectory(inner);
        foreach (var seed in Directory.EnumerateFiles(RepositoryPaths.Seeds).Take(2))
        {
            File.Copy(seed, Path.Combine(inner, Path.GetFileName(seed)));
        }

        Assert.Equal(0, (await CliRun.RunAsync("ingest", docs, "--store", StorePath)).ExitCode);
        var before = (await CliRun.RunAsync("export", "--format", "jsonl", "--store", StorePath)).Out;
        File.SetUnixFileMode(inner, UnixFileMode.None);
        try
        {
            var run = await CliRun.RunAsync("ingest", docs, "--store", StorePath);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"The folder to ingest, '{docs}', cannot be read", run.Error, StringComparison.Ordinal);
            Assert.Contains(inner, run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(inner, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Assert.Equal(before, (await CliRun.RunAsync("export", "--format", "jsonl", "--store", StorePath)).Out);
    }
}
