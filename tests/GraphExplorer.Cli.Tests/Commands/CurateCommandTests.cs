using System.Text.Json;
using GraphExplorer.Testing;

namespace GraphExplorer.Cli.Tests.Commands;

/// <summary><c>curate</c> and <c>curation export|import</c> on a store of the seeds, each test on its own store.</summary>
public sealed class CurateCommandTests : IAsyncLifetime
{
    private readonly TempDirectory _root = new();

    private string Store => _root.Combine("graph.db");

    public async ValueTask InitializeAsync() => Assert.Equal(0, (await CliRun.RunAsync("ingest", RepositoryPaths.Seeds, "--store", Store)).ExitCode);

    public ValueTask DisposeAsync()
    {
        _root.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task CurateReject_ThenIngestAgain_EdgeStaysHiddenAndListShowsIt()
    {
        var before = await CliRun.RunAsync("query", "portfolio-of", "Microsoft", "--store", Store);

        var reject = await CliRun.RunAsync("curate", "reject", "微软", "INVESTS_IN", "OpenAI", "--reason", "not equity", "--analyst", "ana", "--store", Store);
        await CliRun.RunAsync("ingest", RepositoryPaths.Seeds, "--store", Store);
        var after = await CliRun.RunAsync("query", "portfolio-of", "Microsoft", "--store", Store);
        var list = await CliRun.RunAsync("curate", "list", "--store", Store);

        Assert.Contains("OpenAI", before.Out, StringComparison.Ordinal);
        Assert.Equal(0, reject.ExitCode);
        Assert.StartsWith("Recorded c", reject.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("OpenAI", after.Out, StringComparison.Ordinal);
        Assert.Contains("ana  reject-edge microsoft INVESTS_IN openai (not equity)", list.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CurateSplit_ThenIngestAgain_TheAliasAnswersAsItsOwnEntityOfTheTypeGiven()
    {
        var before = await CliRun.RunAsync("query", "neighborhood", "Microsoft Azure", "--format", "json", "--store", Store);

        var split = await CliRun.RunAsync("curate", "split", "Azure", "Microsoft Azure", "--type", "company", "--analyst", "ana", "--store", Store);
        await CliRun.RunAsync("ingest", RepositoryPaths.Seeds, "--store", Store);
        var after = await CliRun.RunAsync("query", "neighborhood", "Microsoft Azure", "--format", "json", "--store", Store);
        var list = await CliRun.RunAsync("curate", "list", "--store", Store);
        var unknown = await CliRun.RunAsync("curate", "split", "Azure", "No Such Alias", "--store", Store);

        Assert.Equal(0, split.ExitCode);
        using var was = JsonDocument.Parse(before.Out);
        using var now = JsonDocument.Parse(after.Out);
        Assert.NotEqual("Microsoft Azure", was.RootElement.GetProperty("parameters").GetProperty("entity").GetString());
        Assert.Equal("Microsoft Azure", now.RootElement.GetProperty("parameters").GetProperty("entity").GetString());
        Assert.Contains("ana  split 'Microsoft Azure' off azure as microsoft-azure", list.Out, StringComparison.Ordinal);
        Assert.Contains("retype microsoft-azure as Company", list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("[not applied", list.Out, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("'No Such Alias' is not an alias", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CurationExportImport_FreshStore_AppliesTheSameDecisionsAndTwiceChangesNothing()
    {
        await CliRun.RunAsync("curate", "retype", "OpenAI", "product", "--store", Store);
        await CliRun.RunAsync("curate", "alias", "add", "OpenAI", "Open AI Labs", "--store", Store);
        var file = _root.Combine("curation.jsonl");
        var fresh = _root.Combine("fresh.db");

        var export = await CliRun.RunAsync("curation", "export", file, "--store", Store);
        await CliRun.RunAsync("ingest", RepositoryPaths.Seeds, "--store", fresh);
        var first = await CliRun.RunAsync("curation", "import", file, "--store", fresh);
        var second = await CliRun.RunAsync("curation", "import", file, "--store", fresh);
        var query = await CliRun.RunAsync("query", "investors-of", "Open AI Labs", "--format", "json", "--store", fresh);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(2, File.ReadAllLines(file).Length);
        Assert.Contains("2 added, 0 already there, 0 not applied now", first.Out, StringComparison.Ordinal);
        Assert.Contains("0 added, 2 already there", second.Out, StringComparison.Ordinal);
        Assert.Equal(
            (await CliRun.RunAsync("curate", "list", "--format", "json", "--store", Store)).Out,
            (await CliRun.RunAsync("curate", "list", "--format", "json", "--store", fresh)).Out);
        using var json = JsonDocument.Parse(query.Out);
        Assert.Equal("OpenAI", json.RootElement.GetProperty("parameters").GetProperty("entity").GetString());
    }

    [Fact]
    public async Task CurationImport_DecisionOnMissingEntityAndBadLine_ReportsBothKeepsTheDecision()
    {
        var file = _root.Combine("curation.jsonl");
        File.WriteAllLines(file, [
            """{"id":"c1","kind":"rename","entity":"no-such-co","other":null,"type":null,"value":"X","analyst":"ana","at":"2026-01-02T03:04:05Z","note":null}""",
            """{"id":"c2","kind":"explode","entity":"openai"}""",
        ]);

        var run = await CliRun.RunAsync("curation", "import", file, "--store", Store);
        var list = await CliRun.RunAsync("curate", "list", "--store", Store);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("1 added, 0 already there, 1 not applied now, 1 bad lines", run.Out, StringComparison.Ordinal);
        Assert.Contains("'no-such-co' is not in the store", run.Error, StringComparison.Ordinal);
        Assert.Contains("skipped line 2", run.Error, StringComparison.Ordinal);
        Assert.Contains("c1 ", list.Out, StringComparison.Ordinal);
        Assert.Contains("[not applied:", list.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("curate", "merge", "No Such Co", "OpenAI")]
    [InlineData("curate", "merge", "OpenAI", "开放人工智能")]
    [InlineData("curate", "reject", "Microsoft", "LIKES", "OpenAI", "--reason", "x")]
    [InlineData("curate", "reject", "Microsoft", "INVESTS_IN", "OpenAI")]
    [InlineData("curate", "add-edge", "Microsoft", "INVESTS_IN", "OpenAI")]
    [InlineData("curate", "retype", "OpenAI", "Planet")]
    [InlineData("curate", "undo", "c-nope")]
    [InlineData("curation", "import", "no-such-file.jsonl")]
    public async Task Curate_BadInput_ExitsTwoWithOneLineAndStoresNothing(params string[] args)
    {
        var run = await CliRun.RunAsync([.. args, "--store", Store]);
        var list = await CliRun.RunAsync("curate", "list", "--store", Store);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("No curation decisions.", list.Out, StringComparison.Ordinal);
    }
}
