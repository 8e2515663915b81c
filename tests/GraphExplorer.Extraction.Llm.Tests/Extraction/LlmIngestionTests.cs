using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Extraction.Llm.Tests.Fakes;
using GraphExplorer.Extraction.Llm.Verification;
using GraphExplorer.Testing;

namespace GraphExplorer.Extraction.Llm.Tests.Extraction;

public sealed class LlmIngestionTests : IAsyncLifetime
{
    private readonly TempDirectory _notes = new();
    private readonly TempStore _store = new();
    private FakeChatServer _server = null!; // Set in InitializeAsync, before any test runs.

    public async ValueTask InitializeAsync()
    {
        _server = await FakeChatServer.StartAsync(TestContext.Current.CancellationToken);
        _server.Respond = SampleNotes.Respond;
        _notes.WriteText("note.md", SampleNotes.Note);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _store.DisposeAsync();
        _notes.Dispose();
    }

    [Fact]
    public async Task Ingest_LlmMode_KeepsExactlyTheVerifiedRelations()
    {
        await using var host = CreateSut(ExtractorMode.Llm);

        var summary = await host.IngestAsync(_notes.Path, TestContext.Current.CancellationToken);

        Assert.Empty(summary.Skipped);
        var edges = await ReadEdgesAsync(_store.Store);
        Assert.Equal(
            [
                $"anthropic COMPETES_WITH openai @5 llm:fake-model",
                $"microsoft INVESTS_IN openai @3 llm:fake-model",
                $"nvidia SUPPLIES_COMPUTE_TO openai @2 llm:fake-model",
            ],
            edges);
    }

    [Fact]
    public async Task Ingest_LlmMode_CountsDroppedRelationsByReason()
    {
        await using var host = CreateSut(ExtractorMode.Llm);

        await host.IngestAsync(_notes.Path, TestContext.Current.CancellationToken);

        var report = host.Report;
        Assert.Equal(3, report.Kept);
        Assert.Equal(
            new Dictionary<DropReason, int>
            {
                [DropReason.QuoteNotOnLine] = 2,
                [DropReason.LineNotInSection] = 1,
                [DropReason.UnknownType] = 1,
                [DropReason.NameNotOnLine] = 1,
            }.OrderBy(p => p.Key),
            report.Dropped.OrderBy(p => p.Key));
        Assert.Contains("model relations: kept 3, dropped 5: unknown type 1, line not in section 1, quote not on line 2, name not on line 1", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_LlmMode_ResolvesNamesThroughTheCatalogue()
    {
        await using var host = CreateSut(ExtractorMode.Llm);

        await host.IngestAsync(_notes.Path, TestContext.Current.CancellationToken);

        var entities = new List<Entity>();
        await foreach (var entity in _store.Store.ReadAllEntitiesAsync(TestContext.Current.CancellationToken))
        {
            entities.Add(entity);
        }

        var nvidia = Assert.Single(entities, e => e.Key == EntityKey.FromName("NVIDIA"));
        Assert.Equal("NVIDIA", nvidia.Name);
        Assert.DoesNotContain(entities, e => e.Name == "英伟达");
    }

    [Fact]
    public async Task Ingest_SecondRunIntoFreshStoreInSameFolder_SendsNothingAndExportsTheSame()
    {
        string first;
        await using (var host = CreateSut(ExtractorMode.Llm))
        {
            await host.IngestAsync(_notes.Path, TestContext.Current.CancellationToken);
            first = await host.ExportAsync(TestContext.Current.CancellationToken);
        }

        var sent = _server.Requests.Count;
        await using var freshStore = _store.Open(o => o.Path = _store.Folder.Combine("fresh.db"));
        await using var again = new LlmTestHost(_server, freshStore, _store.Folder.Path, ExtractorMode.Llm);

        await again.IngestAsync(_notes.Path, TestContext.Current.CancellationToken);

        Assert.Equal(2, sent);
        Assert.Equal(sent, _server.Requests.Count);
        Assert.Equal(2, again.Report.CacheHits);
        Assert.Equal(first, await again.ExportAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Ingest_ChangedSection_SendsOnlyThatSectionAgain()
    {
        await using (var host = CreateSut(ExtractorMode.Llm))
        {
            await host.IngestAsync(_notes.Path, TestContext.Current.CancellationToken);
        }

        _notes.WriteText("note.md", SampleNotes.Note.Replace("Anthropic 与 OpenAI 竞争。", "Anthropic 与 OpenAI 激烈竞争。", StringComparison.Ordinal));
        await using var again = CreateSut(ExtractorMode.Llm);

        await again.IngestAsync(_notes.Path, TestContext.Current.CancellationToken);

        Assert.Equal(3, _server.Requests.Count);
        Assert.Contains("激烈竞争", _server.Requests.Last().UserMessage, StringComparison.Ordinal);
        Assert.Equal(1, again.Report.CacheHits);
    }

    [Fact]
    public async Task Ingest_HybridMode_AddsVerifiedRelationsToTheRulesGraph()
    {
        _notes.WriteText("note.md", SampleNotes.Note + "\nNVIDIA 的芯片支撑着 Mistral AI 的训练集群。\n");
        _server.Respond = user => user.Contains("6: NVIDIA", StringComparison.Ordinal)
            ? FakeChatReply.Answer(SampleNotes.Answer(
                ("NVIDIA", "SUPPLIES_COMPUTE_TO", "Mistral AI", 6, "NVIDIA 的芯片支撑着 Mistral AI 的训练集群"),
                ("OpenAI", "COMPETES_WITH", "Anthropic", 5, "Anthropic 与 OpenAI 竞争")))
            : SampleNotes.Respond(user);
        await using (var rulesOnly = CreateSut(ExtractorMode.Rules))
        {
            await rulesOnly.IngestAsync(_notes.Path, TestContext.Current.CancellationToken);
        }

        var rules = await ReadEdgesAsync(_store.Store);
        await using var hybridStore = _store.Open(o => o.Path = _store.Folder.Combine("hybrid.db"));
        await using var host = new LlmTestHost(_server, hybridStore, _store.Folder.Path, ExtractorMode.Hybrid);

        await host.IngestAsync(_notes.Path, TestContext.Current.CancellationToken);

        var hybrid = await ReadEdgesAsync(hybridStore);
        Assert.DoesNotContain("nvidia SUPPLIES_COMPUTE_TO mistral-ai", rules.Select(Triple));
        Assert.Contains("anthropic COMPETES_WITH openai @5 prose", rules);
        var added = hybrid.Except(rules).ToArray();
        Assert.All(added, e => Assert.EndsWith(" llm:fake-model", e, StringComparison.Ordinal));
        Assert.Contains("anthropic COMPETES_WITH openai @5 llm:fake-model", added);
        Assert.Contains("nvidia SUPPLIES_COMPUTE_TO mistral-ai @6 llm:fake-model", added);
        Assert.Empty(rules.Except(hybrid));
        var edges = await LlmIngestionTests.ReadTriplesAsync(hybridStore);
        Assert.Equal(edges.Distinct(), edges);
    }

    [Fact]
    public async Task Ingest_RulesMode_SendsNoRequest()
    {
        await using var host = CreateSut(ExtractorMode.Rules);

        var summary = await host.IngestAsync(_notes.Path, TestContext.Current.CancellationToken);

        Assert.Equal(1, summary.Ingested);
        Assert.Empty(_server.Requests);
        Assert.Null(host.Services.GetService(typeof(Core.Documents.IAsyncDocumentExtractor)));
    }

    [Fact]
    public async Task Ingest_ModelSendsMalformedJson_ReportsTheDocumentAndKeepsItsStoredGraph()
    {
        await using (var host = CreateSut(ExtractorMode.Llm))
        {
            await host.IngestAsync(_notes.Path, TestContext.Current.CancellationToken);
        }

        var before = await ReadEdgesAsync(_store.Store);
        _notes.WriteText("note.md", SampleNotes.Note + "\nMistral AI 发布了 Mistral Large。\n");
        _server.Respond = _ => FakeChatReply.Answer("{\"relations\": [ {\"source\": \"Mistral AI\" ");
        await using var again = CreateSut(ExtractorMode.Llm);

        var summary = await again.IngestAsync(_notes.Path, TestContext.Current.CancellationToken);

        var skipped = Assert.Single(summary.Skipped);
        Assert.Equal("note.md", skipped.Document);
        Assert.Contains("malformed JSON", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await ReadEdgesAsync(_store.Store));
        Assert.Single(again.Report.Failures);
    }

    private LlmTestHost CreateSut(ExtractorMode mode, Action<LlmExtractionOptions>? configure = null) =>
        new(_server, _store.Store, _store.Folder.Path, mode, configure);

    private static string Triple(string edge) => string.Join(' ', edge.Split(' ').Take(3));

    private static async Task<List<string>> ReadTriplesAsync(IGraphStore store)
    {
        var triples = new List<string>();
        await foreach (var relationship in store.ReadAllRelationshipsAsync(TestContext.Current.CancellationToken))
        {
            triples.Add($"{relationship.Source} {relationship.Type.ToWireName()} {relationship.Target}");
        }

        return triples;
    }

    internal static async Task<List<string>> ReadEdgesAsync(IGraphStore store)
    {
        var edges = new List<string>();
        await foreach (var relationship in store.ReadAllRelationshipsAsync(TestContext.Current.CancellationToken))
        {
            foreach (var evidence in relationship.Evidence)
            {
                edges.Add($"{relationship.Source} {relationship.Type.ToWireName()} {relationship.Target} @{evidence.Line} {evidence.BasisLabel()}");
            }
        }

        return [.. edges.Order(StringComparer.Ordinal)];
    }
}
