using System.Text.Json;
using GraphExplorer.Testing;

namespace GraphExplorer.Cli.Tests.Commands;

public sealed class QueryCommandTests(SeededStoreFixture fixture) : IClassFixture<SeededStoreFixture>
{
    [Fact]
    public async Task Query_DependentsOfNvidiaJson_EveryRowIsExplainedByAPathFromNvidiaWithQuotesFromTheSeeds()
    {
        var run = await CliRun.RunAsync("query", "dependents-of", "NVIDIA", "--format", "json", "--store", fixture.StorePath);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("dependents-of", root.GetProperty("traversal").GetString());
        Assert.Equal("NVIDIA", root.GetProperty("parameters").GetProperty("entity").GetString());
        var rows = root.GetProperty("rows").EnumerateArray().ToArray();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var entity = row.GetProperty("entity");
            Assert.False(string.IsNullOrEmpty(entity.GetProperty("key").GetString()));
            Assert.Contains(entity.GetProperty("type").GetString(), new[] { "Company", "Model", "Product" });
            var path = row.GetProperty("path").EnumerateArray().ToArray();
            Assert.Equal(row.GetProperty("hops").GetInt32(), path.Length);

            // The path walks from NVIDIA to the row's entity, each edge a dependence edge.
            var current = "NVIDIA";
            foreach (var step in path)
            {
                var (source, type, target) = (step.GetProperty("source").GetString(), step.GetProperty("type").GetString(), step.GetProperty("target").GetString());
                current = type switch
                {
                    "BUILT_ON" when target == current => source,
                    "SUPPLIES_COMPUTE_TO" or "DEVELOPS" when source == current => target,
                    _ => throw new Xunit.Sdk.XunitException($"Step {source} -{type}-> {target} does not continue from {current}."),
                };
                AssertEvidenceIsInTheSeeds(step.GetProperty("evidence"));
            }

            Assert.Equal(entity.GetProperty("name").GetString(), current);
        }
    }

    [Fact]
    public async Task Query_DependentsOfGoogle_SaysHowEachRowDependsAndListsComputeBeforeOwnProducts()
    {
        var json = await CliRun.RunAsync("query", "dependents-of", "谷歌", "--format", "json", "--store", fixture.StorePath);
        var table = await CliRun.RunAsync("query", "dependents-of", "谷歌", "--store", fixture.StorePath);

        using var document = JsonDocument.Parse(json.Out);
        var rows = document.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        var dependence = rows.Select(r => r.GetProperty("dependence").GetString()).ToArray();
        var firstEdges = rows.Select(r => r.GetProperty("path")[0].GetProperty("type").GetString()).ToArray();
        Assert.Equal(
            firstEdges.Select(t => t switch { "SUPPLIES_COMPUTE_TO" => "compute", "BUILT_ON" => "built-on", _ => "developed" }),
            dependence);
        Assert.Contains("compute", dependence);
        Assert.Contains("developed", dependence);
        var rank = dependence.Select(d => d switch { "compute" => 0, "built-on" => 1, _ => 2 }).ToArray();
        Assert.Equal(rank.Order(), rank);
        var firstRow = rows[0].GetProperty("entity").GetProperty("name").GetString();
        Assert.Contains($"  1. {firstRow} (", table.Out, StringComparison.Ordinal);
        Assert.Contains("[compute]", table.Out.Split('\n').Single(l => l.StartsWith("  1. ", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_ChineseAlias_AnswersAsTheEnglishName()
    {
        var english = await CliRun.RunAsync("query", "dependents-of", "NVIDIA", "--format", "json", "--store", fixture.StorePath);
        var chinese = await CliRun.RunAsync("query", "dependents-of", "英伟达", "--format", "json", "--store", fixture.StorePath);

        Assert.Equal(0, chinese.ExitCode);
        Assert.Equal(english.Out, chinese.Out);
    }

    [Fact]
    public async Task Query_Table_ShowsPathsAndQuotes()
    {
        var run = await CliRun.RunAsync("query", "dependents-of", "nvidia", "--store", fixture.StorePath);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("dependents-of NVIDIA (depth 4, limit 100):", run.Out, StringComparison.Ordinal);
        Assert.Contains("-[", run.Out, StringComparison.Ordinal);
        Assert.Contains(".txt:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_UnknownEntity_ExitsTwoWithSuggestions()
    {
        var run = await CliRun.RunAsync("query", "dependents-of", "NVIDA", "--store", fixture.StorePath);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("No entity is named 'NVIDA'. Did you mean: NVIDIA", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_UnknownTraversal_ExitsTwoListingTheCatalogue()
    {
        var run = await CliRun.RunAsync("query", "who-likes", "NVIDIA", "--store", fixture.StorePath);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown traversal 'who-likes'", run.Error, StringComparison.Ordinal);
        Assert.Contains("dependents-of", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--depth", "0")]
    [InlineData("--depth", "99")]
    [InlineData("--limit", "100000")]
    public async Task Query_OutOfRangeParameter_ExitsTwoNamingIt(string option, string value)
    {
        var run = await CliRun.RunAsync("query", "dependents-of", "NVIDIA", option, value, "--store", fixture.StorePath);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{option.TrimStart('-')}'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_NonNumericDepth_ExitsTwo()
    {
        var run = await CliRun.RunAsync("query", "dependents-of", "NVIDIA", "--depth", "deep", "--store", fixture.StorePath);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--depth", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_PathBetweenNvidiaAndAFarDependent_FindsPathsNoLongerThanTheDependenceChain()
    {
        var dependents = await CliRun.RunAsync("query", "dependents-of", "NVIDIA", "--format", "json", "--store", fixture.StorePath);
        using var dependentsJson = JsonDocument.Parse(dependents.Out);
        var farthest = dependentsJson.RootElement.GetProperty("rows").EnumerateArray().MaxBy(r => r.GetProperty("hops").GetInt32());
        var name = farthest.GetProperty("entity").GetProperty("name").GetString()!;
        var chain = farthest.GetProperty("hops").GetInt32();

        var run = await CliRun.RunAsync("query", "path-between", "英伟达", "--to", name, "--format", "json", "--store", fixture.StorePath);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.NotEmpty(rows);
        Assert.Single(rows.Select(r => r.GetProperty("hops").GetInt32()).Distinct());
        Assert.All(rows, r =>
        {
            Assert.InRange(r.GetProperty("hops").GetInt32(), 1, chain);
            Assert.Equal(name, r.GetProperty("entity").GetProperty("name").GetString());
            var path = r.GetProperty("path").EnumerateArray().ToArray();
            var first = path[0];
            Assert.Contains("NVIDIA", new[] { first.GetProperty("source").GetString(), first.GetProperty("target").GetString() });
            var last = path[^1];
            Assert.Contains(name, new[] { last.GetProperty("source").GetString(), last.GetProperty("target").GetString() });
        });
    }

    [Fact]
    public async Task Query_EmptyStore_IngestsTheSeedsFirstAndSaysSo()
    {
        using var directory = new TempDirectory();
        var store = Path.Combine(directory.Path, "fresh.db");

        var run = await CliRun.RunAsync("query", "dependents-of", "NVIDIA", "--format", "json", "--store", store);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("was new: ingested", run.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Out);
        Assert.NotEqual(0, json.RootElement.GetProperty("rows").GetArrayLength());
    }

    private void AssertEvidenceIsInTheSeeds(JsonElement evidence)
    {
        Assert.NotEqual(0, evidence.GetArrayLength());
        foreach (var item in evidence.EnumerateArray())
        {
            var lines = File.ReadAllLines(Path.Combine(fixture.SeedsPath, item.GetProperty("doc").GetString()!));
            var line = item.GetProperty("line").GetInt32();
            Assert.InRange(line, 1, lines.Length);
            Assert.Contains(item.GetProperty("quote").GetString()!, lines[line - 1], StringComparison.Ordinal);
        }
    }
}
