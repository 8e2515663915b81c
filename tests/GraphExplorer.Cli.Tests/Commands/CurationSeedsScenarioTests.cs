using System.Text.Json;
using GraphExplorer.Testing;

namespace GraphExplorer.Cli.Tests.Commands;

/// <summary>
/// The "done when" on the real seeds through the CLI: merge the likeliest suggested duplicate, reject
/// Microsoft INVESTS_IN OpenAI, retype an entity; ingest again, export the decisions, import them into a fresh store;
/// every answer, export and statistic reflects the decisions. (The seeds as extracted now have "Microsoft Azure" as an
/// alias of Azure already and no Ian Goodfellow, so the pair merged is the top suggestion and the edge rejected is
/// Microsoft's investment.)
/// </summary>
public sealed class CurationSeedsScenarioTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Decisions_SurviveReingestAndImportIntoAFreshStore_InEveryAnswerExportAndStatistic()
    {
        var store = _root.Combine("graph.db");
        await CliRun.RunAsync("ingest", RepositoryPaths.Seeds, "--store", store);
        var statsBefore = await StatsAsync(store);
        Assert.Contains("OpenAI", (await CliRun.RunAsync("query", "portfolio-of", "Microsoft", "--store", store)).Out, StringComparison.Ordinal);
        using var duplicates = JsonDocument.Parse((await CliRun.RunAsync("curate", "duplicates", "--limit", "1", "--format", "json", "--store", store)).Out);
        var top = duplicates.RootElement[0];
        var (absorber, absorbed, absorbedName) = (top.GetProperty("entity").GetString()!, top.GetProperty("other").GetString()!, top.GetProperty("otherName").GetString()!);

        Assert.Equal(0, (await CliRun.RunAsync("curate", "merge", absorber, absorbed, "--analyst", "ana", "--store", store)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("curate", "reject", "Microsoft", "INVESTS_IN", "OpenAI", "--reason", "a partnership", "--store", store)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("curate", "retype", "OpenAI", "Product", "--store", store)).ExitCode);
        await CliRun.RunAsync("ingest", RepositoryPaths.Seeds, "--store", store);
        var file = _root.Combine("curation.jsonl");
        await CliRun.RunAsync("curation", "export", file, "--store", store);
        var fresh = _root.Combine("fresh.db");
        await CliRun.RunAsync("ingest", RepositoryPaths.Seeds, "--store", fresh);
        Assert.Equal(0, (await CliRun.RunAsync("curation", "import", file, "--store", fresh)).ExitCode);

        var exports = new List<string>();
        foreach (var db in new[] { store, fresh })
        {
            Assert.DoesNotContain("OpenAI", (await CliRun.RunAsync("query", "portfolio-of", "Microsoft", "--store", db)).Out, StringComparison.Ordinal);
            using var found = JsonDocument.Parse((await CliRun.RunAsync("query", "neighborhood", absorbedName, "--format", "json", "--store", db)).Out);
            Assert.Equal(absorber, found.RootElement.GetProperty("parameters").GetProperty("entity").GetString() is { } name
                ? (await EntityKeyAsync(db, name)) : null);
            var export = (await CliRun.RunAsync("export", "--format", "jsonl", "--store", db)).Out;
            var lines = export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.DoesNotContain(lines, l => l.GetProperty("kind").GetString() == "entity" && l.GetProperty("key").GetString() == absorbed);
            Assert.Equal("Product", lines.Single(l => l.GetProperty("kind").GetString() == "entity" && l.GetProperty("key").GetString() == "openai").GetProperty("type").GetString());
            Assert.DoesNotContain(lines, l => l.GetProperty("kind").GetString() == "relation" && l.GetProperty("type").GetString() == "INVESTS_IN"
                && l.GetProperty("source").GetString() == "Microsoft" && l.GetProperty("target").GetString() == "OpenAI");
            var stats = await StatsAsync(db);
            Assert.Equal(statsBefore.Entities - 1, stats.Entities);
            Assert.True(stats.Edges < statsBefore.Edges);
            exports.Add(export);
        }

        Assert.Equal(exports[0], exports[1]);
    }

    private static async Task<string?> EntityKeyAsync(string store, string name)
    {
        var export = (await CliRun.RunAsync("export", "--format", "jsonl", "--store", store)).Out;
        return export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(l => l.GetProperty("kind").GetString() == "entity" && l.GetProperty("name").GetString() == name)
            .Select(l => l.GetProperty("key").GetString()).FirstOrDefault();
    }

    private static async Task<(int Entities, int Edges)> StatsAsync(string store)
    {
        using var json = JsonDocument.Parse((await CliRun.RunAsync("stats", "--format", "json", "--store", store)).Out);
        return (json.RootElement.GetProperty("entities").GetInt32(), json.RootElement.GetProperty("edges").GetInt32());
    }
}
