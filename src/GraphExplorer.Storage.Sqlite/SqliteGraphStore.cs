using System.Runtime.CompilerServices;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Sqlite.Documents;
using GraphExplorer.Storage.Sqlite.Entities;
using GraphExplorer.Storage.Sqlite.ReadModel;
using GraphExplorer.Storage.Sqlite.Relationships;
using GraphExplorer.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Storage.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file (WAL, foreign keys on), a versioned schema migrated on first
/// use, one transaction per document write.
/// </summary>
/// <remarks>
/// Every call opens a pooled connection, so one instance serves concurrent callers. The schema is created or
/// migrated by <see cref="InitializeAsync"/>, or by the first call that needs it. Errors about the file itself
/// (not a database, locked, cannot be opened) are thrown as <see cref="SqliteGraphStoreException"/> naming it.
/// </remarks>
public sealed partial class SqliteGraphStore : IBatchGraphStore, IAsyncDisposable, IDisposable
{
    private readonly SqliteConnector _connector;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private readonly GraphReadModels _readModels;
    private readonly WalCheckpointer _checkpointer;
    private volatile bool _initialized;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="options">The store's options: the file path and the busy timeout.</param>
    /// <param name="logger">The logger; none when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock that stamps ingested documents; the system clock when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    public SqliteGraphStore(IOptions<SqliteGraphStoreOptions> options, ILogger<SqliteGraphStore>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connector = new SqliteConnector(options.Value);
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _readModels = new GraphReadModels(_connector.OpenAsync);
        _checkpointer = new WalCheckpointer(_connector.OpenAsync, _logger);
    }

    /// <summary>The full path of the store file.</summary>
    public string Path => _connector.Path;

    /// <inheritdoc />
    /// <exception cref="SqliteGraphStoreException">The file is not a SQLite database, is locked, cannot be opened, or has a newer schema.</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized)
        {
            return;
        }

        await _initializeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            var folder = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            var (from, to) = await RunAsync(
                (connection, ct) => SchemaMigrator.MigrateAsync(connection, Path, ct), initialize: false, cancellationToken).ConfigureAwait(false);
            if (from != to)
            {
                _logger.SchemaMigrated(Path, from, to);
            }

            _logger.StoreOpened(Path, to);
            _initialized = true;
        }
        finally
        {
            _initializeLock.Release();
        }
    }

    /// <summary>Reads the schema version the file is at (<c>PRAGMA user_version</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The version; equal to the number of migrations once initialised.</returns>
    public Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default) =>
        RunAsync((connection, ct) => SchemaMigrator.ReadVersionAsync(connection, null, ct), initialize: true, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentRecord>> GetDocumentsAsync(CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<DocumentRecord>>(
            async (connection, ct) =>
            {
                await using var command = connection.Command(null, "SELECT path, content_hash FROM documents ORDER BY path;");
                await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                var documents = new List<DocumentRecord>();
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    var key = DocumentKey.Parse(reader.GetString(0));
                    documents.Add(new DocumentRecord(key.Path, reader.GetString(1)) { Source = key.Source });
                }

                return [.. documents.OrderBy(d => d.Source, StringComparer.Ordinal).ThenBy(d => d.Document, StringComparer.Ordinal)];
            },
            initialize: true,
            cancellationToken);

    /// <inheritdoc />
    /// <exception cref="ArgumentException">
    /// The graph is malformed, e.g. a relationship names an entity that is not in the document's entity list;
    /// nothing is written then.
    /// </exception>
    public async Task WriteDocumentAsync(DocumentGraph document, CancellationToken cancellationToken = default)
    {
        var prepared = PreparedDocument.From(document);
        await RunAsync(
            async (connection, ct) =>
            {
                await DocumentWriter.WriteAsync(connection, prepared, _timeProvider.GetUtcNow(), ct).ConfigureAwait(false);
                return true;
            },
            initialize: true,
            cancellationToken).ConfigureAwait(false);
        _logger.DocumentWritten(prepared.Document, prepared.Entities.Count, prepared.Relationships.Count);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveDocumentAsync(string source, string document, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(document);
        var key = new DocumentKey(source, document).Value;
        var removed = await RunAsync((connection, ct) => DocumentWriter.RemoveAsync(connection, key, ct), initialize: true, cancellationToken)
            .ConfigureAwait(false);
        if (removed)
        {
            _logger.DocumentRemoved(key);
        }

        return removed;
    }

    /// <inheritdoc />
    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        RunAsync((connection, ct) => StatisticsReader.ReadAsync(connection, ct), initialize: true, cancellationToken);

    /// <inheritdoc />
    public async Task<Entity?> FindEntityAsync(string nameOrAlias, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);
        return await RunAsync(
            async (connection, ct) =>
            {
                if (await EntitySearch.FindAsync(connection, null, nameOrAlias, ct).ConfigureAwait(false) is not { } key)
                {
                    return null;
                }

                var entities = await EntityReader.GetAsync(connection, null, [key], ct).ConfigureAwait(false);
                return entities.GetValueOrDefault(key);
            },
            initialize: true,
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>At most <c>100</c> entities are returned, whatever <paramref name="limit"/> says.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is below 1.</exception>
    public Task<IReadOnlyList<Entity>> SearchEntitiesAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return RunAsync<IReadOnlyList<Entity>>(
            async (connection, ct) =>
            {
                var keys = await EntitySearch.SearchAsync(connection, null, text, limit, ct).ConfigureAwait(false);
                var entities = await EntityReader.GetAsync(connection, null, keys, ct).ConfigureAwait(false);
                return keys.Where(entities.ContainsKey).Select(key => entities[key]).ToArray();
            },
            initialize: true,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<EntityKey, Entity>> GetEntitiesAsync(
        IReadOnlyCollection<EntityKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Count == 0
            ? Task.FromResult<IReadOnlyDictionary<EntityKey, Entity>>(new Dictionary<EntityKey, Entity>())
            : RunAsync<IReadOnlyDictionary<EntityKey, Entity>>(
                async (connection, ct) => await EntityReader.GetAsync(connection, null, keys, ct).ConfigureAwait(false),
                initialize: true,
                cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(
        IReadOnlyCollection<EntityKey> keys,
        EdgeDirection direction,
        IReadOnlyCollection<RelationshipType> types,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(types);
        return keys.Count == 0 || types.Count == 0
            ? Task.FromResult<IReadOnlyList<GraphEdge>>([])
            : RunAsync((connection, ct) => EdgeReader.GetAsync(connection, null, keys, direction, types, ct), initialize: true, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(
        IReadOnlyCollection<GraphEdge> edges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edges);
        return edges.Count == 0
            ? Task.FromResult<IReadOnlyList<Relationship>>([])
            : RunAsync((connection, ct) => EdgeReader.GetRelationshipsAsync(connection, null, edges, ct), initialize: true, cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<GraphEdge> ReadAllEdgesAsync(
        IReadOnlyCollection<RelationshipType> types, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(types);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var edge in EdgeReader.ReadAllAsync(connection, null, types, cancellationToken).ConfigureAwait(false))
        {
            yield return edge;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Entity> ReadAllEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var entity in EntityReader.ReadAllAsync(connection, null, cancellationToken).ConfigureAwait(false))
        {
            yield return entity;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var relationship in EdgeReader.ReadAllRelationshipsAsync(connection, null, cancellationToken).ConfigureAwait(false))
        {
            yield return relationship;
        }
    }

    /// <summary>Opens a connection once the schema is ready, describing file-level errors.</summary>
    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await _connector.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (_connector.Describe(ex) is { } described)
        {
            _logger.StoreUnavailable(Path, ex.Message);
            throw described;
        }
    }

    private async Task<T> RunAsync<T>(
        Func<SqliteConnection, CancellationToken, Task<T>> action, bool initialize, CancellationToken cancellationToken)
    {
        if (initialize)
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using var connection = await _connector.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await action(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (_connector.Describe(ex) is { } described)
        {
            _logger.StoreUnavailable(Path, ex.Message);
            throw described;
        }
    }
}
