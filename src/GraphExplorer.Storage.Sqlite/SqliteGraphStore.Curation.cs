using GraphExplorer.Core.Curation;
using GraphExplorer.Storage.Sqlite.Curation;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite;

/// <summary>The analysts' decisions, in their own table (schema migration 4); <see cref="CuratedGraphStore"/> applies them on reads.</summary>
public sealed partial class SqliteGraphStore : ICurationStore, IVersionedStore
{
    /// <inheritdoc />
    /// <remarks>Read on a kept reader connection with the statement compiled once: cheap enough for every request.</remarks>
    public async Task<long> GetStoreVersionAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await _readModels.ReadVersionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (_connector.Describe(ex) is { } described)
        {
            _logger.StoreUnavailable(Path, ex.Message);
            throw described;
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CurationDecision>> GetCurationAsync(CancellationToken cancellationToken = default) =>
        RunAsync((connection, ct) => CurationWriter.ReadAsync(connection, null, ct), initialize: true, cancellationToken);

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
