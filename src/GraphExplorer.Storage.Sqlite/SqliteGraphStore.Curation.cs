using GraphExplorer.Core.Curation;
using GraphExplorer.Storage.Sqlite.Curation;

namespace GraphExplorer.Storage.Sqlite;

/// <summary>The analysts' decisions, in their own table (schema migration 4); <see cref="CuratedGraphStore"/> applies them on reads.</summary>
public sealed partial class SqliteGraphStore : ICurationStore, IVersionedStore
{
    /// <inheritdoc />
    public Task<long> GetStoreVersionAsync(CancellationToken cancellationToken = default) =>
        RunAsync((connection, ct) => Documents.StoreVersion.ReadAsync(connection, null, ct), initialize: true, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CurationDecision>> GetCurationAsync(CancellationToken cancellationToken = default) =>
        RunAsync(CurationWriter.ReadAsync, initialize: true, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The decision is not well formed; the message names the field.</exception>
    public Task<bool> AddCurationAsync(CurationDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(decision));
        }

        return RunAsync((connection, ct) => CurationWriter.AddAsync(connection, decision, ct), initialize: true, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RemoveCurationAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return RunAsync((connection, ct) => CurationWriter.RemoveAsync(connection, id, ct), initialize: true, cancellationToken);
    }
}
