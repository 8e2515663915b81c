using System.Text.Json;
using System.Xml.Linq;

namespace GraphExplorer.Cli.Tests.Commands;

public sealed class CatalogueAndStoreCommandTests(SeededStoreFixture fixture) : IClassFixture<SeededStoreFixture>
{
    [Fact]
    public async Task Traversals_Json_ListsEveryTraversalWithParameters()
    {
        var run = await CliRun.RunAsync("traversals", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var names = json.RootElement.EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToArray();
        Assert.Contains("dependents-of", names);
        Assert.Contains("most-depended-on", names);
        Assert.Equal(12, names.Length);
    }

    [Fact]
    public async Task Traversals_Table_ShowsUsageAndDescription()
    {
        var run = await CliRun.RunAsync("traversals");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("path-between <entity> --to <to> [--depth N] [--limit N]", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_Json_CountsWhatIngestReported()
    {
        var run = await CliRun.RunAsync("stats", "--format", "json", "--store", fixture.StorePath);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(5, root.GetProperty("documents").GetInt32());
        var byType = root.GetProperty("edgesByType").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(root.GetProperty("edges").GetInt32(), byType.Values.Sum());
        Assert.Equal(["BUILT_ON", "COMPETES_WITH", "DEVELOPS", "INVESTS_IN", "SUPPLIES_COMPUTE_TO"], byType.Keys.Order());
        Assert.True(byType["DEVELOPS"] > 0);
    }

    [Fact]
    public async Task Export_Jsonl_EveryRelationNamesExportedEntities()
    {
        var run = await CliRun.RunAsync("export", "--format", "jsonl", "--store", fixture.StorePath);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var names = lines.Where(l => l.GetProperty("kind").GetString() == "entity").Select(l => l.GetProperty("name").GetString()).ToHashSet();
        var relations = lines.Where(l => l.GetProperty("kind").GetString() == "relation").ToArray();
        Assert.NotEmpty(relations);
        Assert.All(relations, r =>
        {
            Assert.Contains(r.GetProperty("source").GetString(), names);
            Assert.Contains(r.GetProperty("target").GetString(), names);
            Assert.NotEqual(0, r.GetProperty("evidence").GetArrayLength());
        });
    }

    [Fact]
    public async Task Export_GraphMlToFile_WritesValidXml()
    {
        var file = Path.Combine(Path.GetDirectoryName(fixture.StorePath)!, "graph.graphml");

        var run = await CliRun.RunAsync("export", "--format", "graphml", "--out", file, "--store", fixture.StorePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Out);
        var document = XDocument.Load(file);
        Assert.NotEmpty(document.Descendants(XName.Get("edge", "http://graphml.graphdrawing.org/xmlns")));
    }

    [Fact]
    public async Task Export_UnknownFormat_ExitsTwo()
    {
        var run = await CliRun.RunAsync("export", "--format", "csv", "--store", fixture.StorePath);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("csv", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_SameFolderAgain_ChangesNothing()
    {
        var before = await CliRun.RunAsync("export", "--format", "jsonl", "--store", fixture.StorePath);

        var again = await CliRun.RunAsync("ingest", fixture.SeedsPath, "--store", fixture.StorePath);
        var after = await CliRun.RunAsync("export", "--format", "jsonl", "--store", fixture.StorePath);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(before.Out, after.Out);
    }

    [Fact]
    public async Task Ingest_MissingFolder_ExitsTwoNamingIt()
    {
        var run = await CliRun.RunAsync("ingest", "/no/such/folder", "--store", fixture.StorePath);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/no/such/folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ExitsTwo()
    {
        var run = await CliRun.RunAsync("frobnicate");

        Assert.Equal(2, run.ExitCode);
    }
}
