using GraphExplorer.Extraction.Llm.Tests.Fakes;
using GraphExplorer.Testing;

namespace GraphExplorer.Extraction.Llm.Tests.Extraction;

/// <summary>Retries, timeouts and failures against the fake endpoint, on fake time (no real sleeps).</summary>
public sealed class LlmResilienceTests : IAsyncLifetime
{
    private const string OneSectionNote = "# 动态\n微软投资了 OpenAI。\n";

    private readonly TempDirectory _notes = new();
    private readonly TempStore _store = new();
    private FakeChatServer _server = null!; // Set in InitializeAsync, before any test runs.

    public async ValueTask InitializeAsync()
    {
        _server = await FakeChatServer.StartAsync(TestContext.Current.CancellationToken);
        _server.Respond = _ => FakeChatReply.Answer(SampleNotes.Answer(("微软", "INVESTS_IN", "OpenAI", 2, "微软投资了 OpenAI")));
        _notes.WriteText("note.md", OneSectionNote);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _store.DisposeAsync();
        _notes.Dispose();
    }

    [Fact]
    public async Task Ingest_TooManyRequestsWithRetryAfter_WaitsThatLongThenSucceeds()
    {
        _server.Script.Enqueue(FakeChatReply.Status(429, retryAfterSeconds: 7));
        await using var host = CreateSut();

        var (summary, advanced) = await host.IngestAdvancingAsync(_notes.Path, _server, 2, TestContext.Current.CancellationToken);

        Assert.Empty(summary.Skipped);
        Assert.Equal(2, _server.Requests.Count);
        Assert.True(advanced >= TimeSpan.FromSeconds(7), $"Retried after {advanced}, before Retry-After's 7 s (the backoff alone is 1 s).");
        Assert.Equal(["microsoft INVESTS_IN openai @2 llm:fake-model"], await LlmIngestionTests.ReadEdgesAsync(_store.Store));
    }

    [Fact]
    public async Task Ingest_SlowAnswer_TimesOutAndRetries()
    {
        _server.Script.Enqueue(FakeChatReply.Hang());
        await using var host = CreateSut();

        var (summary, advanced) = await host.IngestAdvancingAsync(_notes.Path, _server, 2, TestContext.Current.CancellationToken);

        Assert.Empty(summary.Skipped);
        Assert.True(advanced >= TimeSpan.FromSeconds(30), $"Retried after {advanced}, before the 30 s attempt timeout.");
        Assert.Single(await LlmIngestionTests.ReadEdgesAsync(_store.Store));
    }

    [Fact]
    public async Task Ingest_DroppedConnectionThenServerError_RetriesBoth()
    {
        _server.Script.Enqueue(FakeChatReply.Drop());
        _server.Script.Enqueue(FakeChatReply.Status(503));
        await using var host = CreateSut();

        var (summary, advanced) = await host.IngestAdvancingAsync(_notes.Path, _server, 3, TestContext.Current.CancellationToken);

        Assert.Empty(summary.Skipped);
        Assert.Equal(3, _server.Requests.Count);
        Assert.True(advanced >= TimeSpan.FromSeconds(3), $"Backoff of 1 s then 2 s took only {advanced}.");
        Assert.Single(await LlmIngestionTests.ReadEdgesAsync(_store.Store));
    }

    [Fact]
    public async Task Ingest_ServerKeepsFailing_ReportsTheSectionAndKeepsTheStoredDocument()
    {
        await using (var first = CreateSut())
        {
            await first.IngestAsync(_notes.Path, TestContext.Current.CancellationToken);
        }

        _notes.WriteText("note.md", OneSectionNote + "微软投资了 Mistral AI。\n");
        _server.Respond = _ => FakeChatReply.Status(503);
        await using var host = CreateSut(o => o.MaxRetries = 2);

        var (summary, _) = await host.IngestAdvancingAsync(_notes.Path, _server, 4, TestContext.Current.CancellationToken);

        var skipped = Assert.Single(summary.Skipped);
        Assert.Equal("note.md", skipped.Document);
        Assert.Contains("lines 1-3", skipped.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(LlmTestHost.ApiKey, skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(4, _server.Requests.Count);
        Assert.Equal(["microsoft INVESTS_IN openai @2 llm:fake-model"], await LlmIngestionTests.ReadEdgesAsync(_store.Store));
        var failure = Assert.Single(host.Report.Failures);
        Assert.Equal("note.md", failure.Document);
    }

    [Fact]
    public async Task Ingest_ErrorEchoesTheApiKey_ReportsTheFailureWithTheKeyRedacted()
    {
        // As real endpoints do: a 401 whose message quotes the key it was sent.
        _server.Respond = _ => FakeChatReply.Status(401, message: $"Incorrect API key provided: {LlmTestHost.ApiKey}.");
        await using var host = CreateSut();

        var summary = await host.IngestAsync(_notes.Path, TestContext.Current.CancellationToken);

        var skipped = Assert.Single(summary.Skipped);
        Assert.Contains("Incorrect API key provided: ***", skipped.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(LlmTestHost.ApiKey, skipped.Reason, StringComparison.Ordinal);
        var failure = Assert.Single(host.Report.Failures);
        Assert.DoesNotContain(LlmTestHost.ApiKey, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_Request_CarriesModelKeyAndNumberedLines()
    {
        await using var host = CreateSut();

        await host.IngestAsync(_notes.Path, TestContext.Current.CancellationToken);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("fake-model", request.Model);
        Assert.Equal($"Bearer {LlmTestHost.ApiKey}", request.Authorization);
        Assert.Equal("1: # 动态\n2: 微软投资了 OpenAI。\n", request.UserMessage);
        Assert.Contains("SUPPLIES_COMPUTE_TO", request.SystemMessage, StringComparison.Ordinal);
        Assert.Contains("人物不是实体", request.SystemMessage, StringComparison.Ordinal);
    }

    private LlmTestHost CreateSut(Action<LlmExtractionOptions>? configure = null) =>
        new(_server, _store.Store, _store.Folder.Path, ExtractorMode.Llm, configure);
}
