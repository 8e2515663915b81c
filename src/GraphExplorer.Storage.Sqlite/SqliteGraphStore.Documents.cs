using GraphExplorer.Core.Documents;
using GraphExplorer.Storage.Sqlite.Documents;

namespace GraphExplorer.Storage.Sqlite;

/// <content>Sources, the document list and text, the first-write mark and the writer lock.</content>
public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<SourceFolder>> GetSourcesAsync(CancellationToken cancellationToken = default) =>
        RunAsync((connection, ct) => SourceWriter.ReadAsync(connection, ct), initialize: true, cancellationToken);

    /// <inheritdoc />
    public async Task SaveSourceAsync(SourceFolder source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (SourceNames.Validate(source.Name) is { } problem)
        {
            throw new ArgumentException($"Source '{source.Name}': {problem}.", nameof(source));
        }

        await RunAsync(
            async (connection, ct) =>
            {
                await SourceWriter.SaveAsync(connection, source, _timeProvider.GetUtcNow(), ct).ConfigureAwait(false);
                return true;
            },
            initialize: true,
            cancellationToken).ConfigureAwait(false);
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

        var existed = await RunAsync((connection, ct) => SourceWriter.DeleteAsync(connection, source, ct), initialize: true, cancellationToken)
            .ConfigureAwait(false);
        return existed || documents.Length > 0 ? removed : -1;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken = default) =>
        RunAsync((connection, ct) => DocumentListReader.ListAsync(connection, ct), initialize: true, cancellationToken);

    /// <inheritdoc />
    public Task<DocumentText?> GetDocumentTextAsync(string source, string document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(document);
        return RunAsync((connection, ct) => DocumentListReader.GetTextAsync(connection, new DocumentKey(source, document), ct), initialize: true, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> HasBeenWrittenAsync(CancellationToken cancellationToken = default) =>
        RunAsync((connection, ct) => SourceWriter.HasBeenWrittenAsync(connection, ct), initialize: true, cancellationToken);

    /// <inheritdoc />
    /// <remarks>The lock is the file <c>{store}.lock</c> beside the store file, held exclusively; it fails at once when held.</remarks>
    public Task<IAsyncDisposable> AcquireWriterLockAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return Task.FromResult<IAsyncDisposable>(SqliteWriterLock.Acquire(Path));
    }
}
