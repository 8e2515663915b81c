using System.Text.Json;
using GraphExplorer.Testing;

namespace GraphExplorer.Cli.Tests.Commands;

/// <summary><c>ingest</c> of several folders, <c>documents</c> and <c>remove</c>, each on its own store.</summary>
public sealed class DocumentsCommandTests : IDisposable
{
    private readonly TempDirectory _root = new();

    private string Store => _root.Combine("graph.db");

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Ingest_AnotherFolder_KeepsTheSeedsAndDocumentsListsBoth()
    {
        _root.WriteText("notes/n.md", "---\ndate: 2026-01-02\n---\nOpenAI开发了GPT-4。\n");
        await CliRun.RunAsync("ingest", RepositoryPaths.Seeds, "--store", Store);

        var ingest = await CliRun.RunAsync("ingest", _root.Combine("notes"), "--store", Store);
        var run = await CliRun.RunAsync("documents", "--format", "json", "--store", Store);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("0 removed", ingest.Out, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToArray();
        Assert.Equal(6, documents.Length);
        Assert.Equal(5, documents.Count(d => d.GetProperty("source").GetString() == "seeds"));
        var note = Assert.Single(documents, d => d.GetProperty("source").GetString() == "notes");
        Assert.Equal(("n.md", "2026-01-02", 4), (note.GetProperty("path").GetString(), note.GetProperty("date").GetString(), note.GetProperty("lines").GetInt32()));
        Assert.All(documents, d => Assert.Equal(64, d.GetProperty("hash").GetString()!.Length));
    }

    [Fact]
    public async Task Remove_Document_RemovesOnlyItAndSaysSo()
    {
        _root.WriteText("a/x.md", "A -BUILT_ON-> B\n");
        _root.WriteText("b/y.md", "C -BUILT_ON-> D\n");
        await CliRun.RunAsync("ingest", _root.Combine("a"), "--store", Store);
        await CliRun.RunAsync("ingest", _root.Combine("b"), "--store", Store);

        var run = await CliRun.RunAsync("remove", "x.md", "--store", Store);
        var list = await CliRun.RunAsync("documents", "--store", Store);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Removed x.md (source 'a')", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("x.md", list.Out, StringComparison.Ordinal);
        Assert.Contains("y.md", list.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_Folder_RemovesThatSourceOnly()
    {
        _root.WriteText("a/x.md", "A -BUILT_ON-> B\n");
        _root.WriteText("a/z.md", "E -BUILT_ON-> F\n");
        _root.WriteText("b/y.md", "C -BUILT_ON-> D\n");
        await CliRun.RunAsync("ingest", _root.Combine("a"), "--store", Store);
        await CliRun.RunAsync("ingest", _root.Combine("b"), "--store", Store);

        var run = await CliRun.RunAsync("remove", _root.Combine("a"), "--store", Store);
        var list = await CliRun.RunAsync("documents", "--format", "json", "--store", Store);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Removed source 'a': 2 documents", run.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(list.Out);
        Assert.Equal(["b"], json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Remove_Unknown_ExitsTwoNamingIt()
    {
        _root.WriteText("a/x.md", "A -BUILT_ON-> B\n");
        await CliRun.RunAsync("ingest", _root.Combine("a"), "--store", Store);

        var run = await CliRun.RunAsync("remove", "nope.md", "--store", Store);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'nope.md'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_PathInTwoSources_ExitsTwoAskingForTheSource()
    {
        _root.WriteText("a/same.md", "A -BUILT_ON-> B\n");
        _root.WriteText("b/same.md", "A -BUILT_ON-> B\n");
        await CliRun.RunAsync("ingest", _root.Combine("a"), "--store", Store);
        await CliRun.RunAsync("ingest", _root.Combine("b"), "--store", Store);

        var ambiguous = await CliRun.RunAsync("remove", "same.md", "--store", Store);
        var chosen = await CliRun.RunAsync("remove", "same.md", "--source", "b", "--store", Store);

        Assert.Equal(2, ambiguous.ExitCode);
        Assert.Contains("--source", ambiguous.Error, StringComparison.Ordinal);
        Assert.Equal(0, chosen.ExitCode);
        Assert.Contains("(source 'b')", chosen.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_StoreWrittenThenEmptied_DoesNotRefillItFromSeeds()
    {
        _root.WriteText("a/x.md", "A -BUILT_ON-> B\n");
        await CliRun.RunAsync("ingest", _root.Combine("a"), "--store", Store);
        await CliRun.RunAsync("remove", _root.Combine("a"), "--store", Store);

        var query = await CliRun.RunAsync("query", "most-depended-on", "--store", Store);
        var list = await CliRun.RunAsync("documents", "--format", "json", "--store", Store);

        Assert.DoesNotContain("was new", query.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(list.Out);
        Assert.Equal(0, json.RootElement.GetProperty("documents").GetArrayLength());
    }
}
