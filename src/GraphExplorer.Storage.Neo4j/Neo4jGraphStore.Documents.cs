using System.Text.Json;
using GraphExplorer.Core.Documents;
using GraphExplorer.Storage.Neo4j.Cypher;
using GraphExplorer.Storage.Neo4j.Store;

namespace GraphExplorer.Storage.Neo4j;

/// <content>Sources, the document list and text, the first-write mark and the writer lock.</content>
public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<SourceFolder>> GetSourcesAsync(CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(CypherStatement.GetSources, [], cancellationToken).ConfigureAwait(false);
        return result.Records
            .Select(r => new SourceFolder(r["name"].GetString() ?? string.Empty, r["root"].ValueKind == JsonValueKind.String ? r["root"].GetString() : null))
            .ToArray();
    }

    /// <inheritdoc />
    public async Task SaveSourceAsync(SourceFolder source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (SourceNames.Validate(source.Name) is { } problem)
        {
            throw new ArgumentException($"Source '{source.Name}': {problem}.", nameof(source));
        }

        await RunAsync(CypherStatement.SaveSource, new() { ["name"] = source.Name, ["root"] = source.Root }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> RemoveSourceAsync(string source, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var documents = (await GetDocumentsAsync(cancellationToken).ConfigureAwait(false))
            .Where(d => string.Equals(d.Source, source, StringComparison.Ordinal))
            .ToArray();
        var removed = 0;
        foreach (var document in documents)
        {
            removed += await RemoveDocumentAsync(source, document.Document, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        var result = await RunAsync(CypherStatement.RemoveSource, new() { ["name"] = source }, cancellationToken).ConfigureAwait(false);
        var existed = result.Records.Count > 0 && result.Records[0]["removed"].GetInt32() > 0;
        return existed || documents.Length > 0 ? removed : -1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(CypherStatement.ListDocuments, [], cancellationToken).ConfigureAwait(false);
        return result.Records
            .Select(r => (Key: DocumentKey.Parse(r["path"].GetString() ?? string.Empty), Record: r))
            .Select(r => new DocumentSummary(
                r.Key.Source,
                r.Key.Path,
                r.Record["contentHash"].GetString() ?? string.Empty,
                r.Record["date"].ValueKind == JsonValueKind.String ? r.Record["date"].GetString() : null,
                Int(r.Record["entities"]),
                Int(r.Record["edges"]),
                Int(r.Record["lines"])))
            .OrderBy(d => d.Source, StringComparer.Ordinal)
            .ThenBy(d => d.Path, StringComparer.Ordinal)
            .ToArray();
    }

    /// <inheritdoc />
    public async Task<DocumentText?> GetDocumentTextAsync(string source, string document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(document);
        var result = await RunAsync(
            CypherStatement.GetDocumentText, new() { ["doc"] = new DocumentKey(source, document).Value }, cancellationToken).ConfigureAwait(false);
        if (result.Records.Count == 0 || result.Records[0]["text"].ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var record = result.Records[0];
        return new DocumentText(
            source,
            document,
            record["contentHash"].GetString() ?? string.Empty,
            record["date"].ValueKind == JsonValueKind.String ? record["date"].GetString() : null,
            record["text"].GetString() ?? string.Empty);
    }

    /// <inheritdoc />
    public async Task<bool> HasBeenWrittenAsync(CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(CypherStatement.HasBeenWritten, [], cancellationToken).ConfigureAwait(false);
        return result.Records.Count > 0 && result.Records[0]["written"].ValueKind == JsonValueKind.True;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The lock is a lease on a <c>(:WriterLock)</c> node, renewed while held (every third of
    /// <see cref="Neo4jGraphStoreOptions.WriterLockLease"/>); a holder that dies lets it expire after one lease.
    /// </remarks>
    public Task<IAsyncDisposable> AcquireWriterLockAsync(CancellationToken cancellationToken = default) =>
        Neo4jWriterLock.AcquireAsync(_client, _options, _timeProvider, cancellationToken);

    private static int Int(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;
}
