using System.Text;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Ingestion.Documents;
using GraphExplorer.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Ingestion.Tests.Documents;

public sealed class DocumentIngestorTests : IAsyncDisposable
{
    private readonly TempStore _temp = new();
    private readonly TempDirectory _docs = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        _docs.Dispose();
        await _temp.DisposeAsync();
    }

    public static TheoryData<string, byte[], string> BadDocuments => new()
    {
        { "empty.md", [], "empty file" },
        { "blank.md", Encoding.UTF8.GetBytes("  \n\t\n"), "empty file" },
        { "binary.md", [0x41, 0x20, 0x00, 0x01, 0x02], "binary file" },
        { "latin1.txt", Encoding.Latin1.GetBytes("Société Générale -INVESTS_IN-> Mistral"), "not valid UTF-8" },
        { "long-line.md", Encoding.UTF8.GetBytes("ok line\n" + new string('x', 5_000) + "\n"), "line 2 is 5000 characters long" },
        { "large.md", Encoding.UTF8.GetBytes(new string('y', 70_000)), "too large" },
        { "extractor-fails.md", Encoding.UTF8.GetBytes("A -BUILT_ON-> B\n!throw\n"), "told to fail on line 2" },
    };

    [Fact]
    public async Task IngestAsync_NewFolder_IngestsEveryDocumentWithRelativePathsAsIds()
    {
        _docs.WriteText("a.md", "# Notes\nA -BUILT_ON-> B\n");
        _docs.WriteText("sub/b.txt", "C -INVESTS_IN-> A\n");
        _docs.WriteText("ignored.json", "A -BUILT_ON-> Z");
        var sut = CreateSut();

        var summary = await sut.IngestAsync(_docs.Path, null, Ct);

        Assert.Equal((2, 2, 0, 0, 0), (summary.DocumentsSeen, summary.Ingested, summary.Unchanged, summary.Removed, summary.Skipped.Count));
        Assert.Equal(1, summary.Statistics.EdgesByType[RelationshipType.BuiltOn]);
        Assert.Equal(1, summary.Statistics.EdgesByType[RelationshipType.InvestsIn]);
        Assert.Equal(3, summary.Statistics.Entities);
        Assert.Equal(["a.md", "sub/b.txt"], (await _temp.Store.GetDocumentsAsync(Ct)).Select(d => d.Document));
        Assert.Equal(
            [("a.md", 2, "A -BUILT_ON-> B"), ("sub/b.txt", 1, "C -INVESTS_IN-> A")],
            await EvidenceAsync());
    }

    [Fact]
    public async Task IngestAsync_SameFolderTwice_SecondRunUnchangedAndGraphIdentical()
    {
        _docs.WriteText("a.md", "A -BUILT_ON-> B\n");
        _docs.WriteText("b.md", "B -SUPPLIES_COMPUTE_TO-> C\n");
        var sut = CreateSut();
        var first = await sut.IngestAsync(_docs.Path, null, Ct);
        var keysBefore = await KeysAsync();

        var second = await sut.IngestAsync(_docs.Path, null, Ct);

        Assert.Equal((0, 2), (second.Ingested, second.Unchanged));
        Assert.Equal(first.Statistics.Entities, second.Statistics.Entities);
        Assert.Equal(first.Statistics.EdgesByType, second.Statistics.EdgesByType);
        Assert.Equal(first.Statistics.Evidence, second.Statistics.Evidence);
        Assert.Equal(keysBefore, await KeysAsync());
    }

    [Fact]
    public async Task IngestAsync_ChangedDocument_ReplacesItsEvidenceOnly()
    {
        _docs.WriteText("a.md", "A -BUILT_ON-> B\nX -BUILT_ON-> B\n");
        _docs.WriteText("b.md", "\n\nA -BUILT_ON-> B\n");
        var sut = CreateSut();
        await sut.IngestAsync(_docs.Path, null, Ct);
        _docs.WriteText("a.md", "intro\n\n\nA -BUILT_ON-> B\n");

        var summary = await sut.IngestAsync(_docs.Path, null, Ct);

        Assert.Equal((1, 1), (summary.Ingested, summary.Unchanged));
        Assert.Equal([("a.md", 4, "A -BUILT_ON-> B"), ("b.md", 3, "A -BUILT_ON-> B")], await EvidenceAsync());
        Assert.DoesNotContain("x", await KeysAsync());
    }

    [Fact]
    public async Task IngestAsync_DeletedFile_RemovesItsEvidenceAndOrphans()
    {
        _docs.WriteText("a.md", "A -BUILT_ON-> B\n");
        var gone = _docs.WriteText("gone.md", "G -INVESTS_IN-> A\n");
        var sut = CreateSut();
        await sut.IngestAsync(_docs.Path, null, Ct);
        File.Delete(gone);

        var summary = await sut.IngestAsync(_docs.Path, null, Ct);

        Assert.Equal((1, 1), (summary.DocumentsSeen, summary.Removed));
        Assert.Equal([("a.md", 1, "A -BUILT_ON-> B")], await EvidenceAsync());
        Assert.Equal(["a", "b"], await KeysAsync());
    }

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task IngestAsync_BadDocument_SkippedWithPathAndReasonOthersIngested(string file, byte[] content, string reason)
    {
        _docs.WriteText("good.md", "A -BUILT_ON-> B\n");
        var path = _docs.WriteBytes(file, content);
        var sut = CreateSut(o =>
        {
            o.MaxLineLength = 1_000;
            o.MaxDocumentBytes = 64 * 1024;
        });

        var summary = await sut.IngestAsync(_docs.Path, null, Ct);

        var skipped = Assert.Single(summary.Skipped);
        Assert.Equal((file, path), (skipped.Document, skipped.Path));
        Assert.Contains(reason, skipped.Reason, StringComparison.Ordinal);
        Assert.True(summary.HasSkipped);
        Assert.Equal(1, summary.Ingested);
        Assert.Equal([("good.md", await HashOfAsync("good.md"))], (await _temp.Store.GetDocumentsAsync(Ct)).Select(d => (d.Document, d.ContentHash)));
    }

    [Fact]
    public async Task IngestAsync_UnreadableFile_SkippedAsCannotBeRead()
    {
        _docs.WriteText("good.md", "A -BUILT_ON-> B\n");
        File.CreateSymbolicLink(_docs.Combine("dangling.md"), _docs.Combine("missing-target.md"));
        var sut = CreateSut();

        var summary = await sut.IngestAsync(_docs.Path, null, Ct);

        var skipped = Assert.Single(summary.Skipped);
        Assert.Equal("dangling.md", skipped.Document);
        Assert.StartsWith("symbolic link to", skipped.Reason, StringComparison.Ordinal);
        Assert.Contains("not followed", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(1, summary.Ingested);
    }

    [Fact]
    public async Task IngestAsync_FiftyMegabyteSingleLine_SkippedAsTooLargeUnderDefaults()
    {
        _docs.WriteText("good.md", "A -BUILT_ON-> B\n");
        await using (var stream = File.Create(_docs.Combine("huge.md")))
        {
            var chunk = Encoding.ASCII.GetBytes(new string('z', 1024 * 1024));
            for (var i = 0; i < 50; i++)
            {
                await stream.WriteAsync(chunk, Ct);
            }
        }

        var summary = await CreateSut().IngestAsync(_docs.Path, null, Ct);

        var skipped = Assert.Single(summary.Skipped);
        Assert.Equal("huge.md", skipped.Document);
        Assert.Contains("too large: 52428800 bytes, the limit is 16777216", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(1, summary.Ingested);
    }

    [Fact]
    public async Task IngestAsync_IngestedDocumentTurnsBad_ItsOldEvidenceRemoved()
    {
        _docs.WriteText("a.md", "A -BUILT_ON-> B\n");
        var sut = CreateSut();
        await sut.IngestAsync(_docs.Path, null, Ct);
        _docs.WriteBytes("a.md", [0x41, 0x00]);

        var summary = await sut.IngestAsync(_docs.Path, null, Ct);

        Assert.Single(summary.Skipped);
        Assert.Equal(0, summary.Statistics.Edges);
        Assert.Empty(await _temp.Store.GetDocumentsAsync(Ct));
    }

    [Fact]
    public async Task IngestAsync_ChineseDocumentWithBom_EntitiesFoundByChineseName()
    {
        _docs.WriteBytes("cn.md", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("英伟达 -SUPPLIES_COMPUTE_TO-> 月之暗面\n")]);

        await CreateSut().IngestAsync(_docs.Path, null, Ct);

        var entity = await _temp.Store.FindEntityAsync("英伟达", Ct);
        Assert.Equal("英伟达", entity?.Name);
    }

    [Fact]
    public async Task IngestAsync_Progress_ReportsEachDocumentInOrder()
    {
        _docs.WriteText("b.md", "B -BUILT_ON-> C\n");
        _docs.WriteText("a.md", "A -BUILT_ON-> B\n");
        _docs.WriteText("B2.md", "D -BUILT_ON-> C\n");
        var progress = new RecordingProgress();

        await CreateSut().IngestAsync(_docs.Path, progress, Ct);

        Assert.Equal(
            [new IngestionProgress(1, 3, "B2.md"), new IngestionProgress(2, 3, "a.md"), new IngestionProgress(3, 3, "b.md")],
            progress.Reports);
    }

    [Fact]
    public async Task IngestAsync_CancelledMidRun_ThrowsAndKeepsDocumentsAlreadyWritten()
    {
        _docs.WriteText("a.md", "A -BUILT_ON-> B\n");
        _docs.WriteText("b.md", "C -BUILT_ON-> D\n");
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var progress = new RecordingProgress(report =>
        {
            if (report.Index == 2)
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CreateSut().IngestAsync(_docs.Path, progress, cancellation.Token));

        Assert.Equal(["a.md"], (await _temp.Store.GetDocumentsAsync(Ct)).Select(d => d.Document));
    }

    [Fact]
    public async Task IngestAsync_MissingFolder_ThrowsNamingIt()
    {
        var missing = _docs.Combine("nope");

        var exception = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => CreateSut().IngestAsync(missing, null, Ct));

        Assert.Contains(missing, exception.Message, StringComparison.Ordinal);
    }

    private DocumentIngestor CreateSut(Action<IngestionOptions>? configure = null)
    {
        var options = new IngestionOptions();
        configure?.Invoke(options);
        return new DocumentIngestor(
            _temp.Store, new ArrowTestExtractor(), Options.Create(options), NullLogger<DocumentIngestor>.Instance, TimeProvider.System);
    }

    private async Task<string> HashOfAsync(string file) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(_docs.Combine(file), Ct)));

    private async Task<List<string>> KeysAsync() =>
        (await _temp.Store.ReadAllEntitiesAsync(Ct).ToListAsync(Ct)).Select(e => e.Key.Value).ToList();

    private async Task<List<(string, int, string)>> EvidenceAsync() =>
        (await _temp.Store.ReadAllRelationshipsAsync(Ct).ToListAsync(Ct))
            .SelectMany(r => r.Evidence.Select(e => (e.Document, e.Line, e.Quote)))
            .Order()
            .ToList();

    /// <summary>Records reports synchronously (unlike <see cref="Progress{T}"/>, which posts them).</summary>
    private sealed class RecordingProgress(Action<IngestionProgress>? onReport = null) : IProgress<IngestionProgress>
    {
        public List<IngestionProgress> Reports { get; } = [];

        public void Report(IngestionProgress value)
        {
            Reports.Add(value);
            onReport?.Invoke(value);
        }
    }
}
