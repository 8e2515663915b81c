using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Storage;

/// <summary>
/// A graph store: the embedded SQLite store and Neo4j implement the same contract, and the conformance
/// tests hold both to it.
/// </summary>
/// <remarks>
/// Writes are per document and atomic: <see cref="WriteDocumentAsync"/> replaces everything the document
/// contributed before (its evidence, its entity mentions) in one transaction. An edge exists while it has
/// evidence; an entity exists while some document mentions it. Entity aliases and layer/category are the
/// union over the documents that mention it.
/// </remarks>
public interface IGraphStore
{
    /// <summary>Creates or migrates the schema. Safe to call more than once.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the store is ready.</returns>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>The documents ingested so far, of every source, with the content hash each was ingested at.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The documents, ordered by source then path.</returns>
    Task<IReadOnlyList<DocumentRecord>> GetDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces, in one transaction, whatever <paramref name="document"/>'s (source, path) contributed before, keeping its text when it has one.</summary>
    /// <param name="document">The document's entities and relationships.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled write leaves the previous state.</param>
    /// <returns>A task that completes when the write is durable.</returns>
    Task WriteDocumentAsync(DocumentGraph document, CancellationToken cancellationToken = default);

    /// <summary>Removes a document's evidence and mentions, then the edges and entities left with none.</summary>
    /// <param name="source">The source (folder) the document belongs to.</param>
    /// <param name="document">The document's path relative to its source folder.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when the document was in the store.</returns>
    Task<bool> RemoveDocumentAsync(string source, string document, CancellationToken cancellationToken = default);

    /// <summary>The sources (folders) the store holds documents from, ordered by name.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The sources.</returns>
    Task<IReadOnlyList<SourceFolder>> GetSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>Records a source, or points an existing one (same name) at another folder.</summary>
    /// <param name="source">The source.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the source is recorded.</returns>
    /// <exception cref="ArgumentException">The name is not valid (<see cref="SourceNames.Validate"/>).</exception>
    Task SaveSourceAsync(SourceFolder source, CancellationToken cancellationToken = default);

    /// <summary>Removes a source: each of its documents (one transaction each), then the source itself.</summary>
    /// <param name="source">The source's name.</param>
    /// <param name="cancellationToken">Cancels the call; documents removed before stay removed.</param>
    /// <returns>The number of documents removed, or -1 when there is no such source.</returns>
    Task<int> RemoveSourceAsync(string source, CancellationToken cancellationToken = default);

    /// <summary>Lists the documents with what each contributes, ordered by source then path.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The documents.</returns>
    Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets the text a document had when it was ingested.</summary>
    /// <param name="source">The source (folder) the document belongs to.</param>
    /// <param name="document">The document's path relative to its source folder.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The text, or <see langword="null"/> when the store has no such document (or kept no text for it).</returns>
    Task<DocumentText?> GetDocumentTextAsync(string source, string document, CancellationToken cancellationToken = default);

    /// <summary>Whether anything (a document or a source) was ever written to the store, even if it was removed since.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> once the store has been written.</returns>
    Task<bool> HasBeenWrittenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the store's writer lock: one ingestion at a time writes a store. Dispose the handle to release it;
    /// a process that dies releases it too.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lock's handle.</returns>
    /// <exception cref="GraphStoreBusyException">Another writer holds the lock; the message says which, since when.</exception>
    Task<IAsyncDisposable> AcquireWriterLockAsync(CancellationToken cancellationToken = default);

    /// <summary>Counts documents, entities, edges per type and evidence.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The statistics.</returns>
    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>Finds the entity one of whose names or aliases equals <paramref name="nameOrAlias"/> under <see cref="EntityNames.Normalize"/>; a key matches too.</summary>
    /// <param name="nameOrAlias">A name, alias or key, in any case, Chinese or English.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entity, or <see langword="null"/> when none matches.</returns>
    Task<Entity?> FindEntityAsync(string nameOrAlias, CancellationToken cancellationToken = default);

    /// <summary>
    /// Searches names and aliases: exact matches first, then prefix, then substring, then the closest by
    /// edit distance (the "did you mean" list for an unknown name).
    /// </summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="limit">The most entities to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Matching entities, best first.</returns>
    Task<IReadOnlyList<Entity>> SearchEntitiesAsync(string text, int limit, CancellationToken cancellationToken = default);

    /// <summary>Gets entities by key.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entities found, by key; unknown keys are absent.</returns>
    Task<IReadOnlyDictionary<EntityKey, Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityKey> keys, CancellationToken cancellationToken = default);

    /// <summary>The edges that touch any of <paramref name="keys"/> in <paramref name="direction"/>, of the given types.</summary>
    /// <param name="keys">The entities whose edges to read (a traversal's frontier).</param>
    /// <param name="direction">Outgoing, incoming or both, relative to the entities in <paramref name="keys"/>.</param>
    /// <param name="types">The relationship types to include.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The edges, without evidence.</returns>
    Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(
        IReadOnlyCollection<EntityKey> keys,
        EdgeDirection direction,
        IReadOnlyCollection<RelationshipType> types,
        CancellationToken cancellationToken = default);

    /// <summary>Gets the evidence of the given edges.</summary>
    /// <param name="edges">The edges, as returned by <see cref="GetEdgesAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The edges that exist, with their evidence ordered by document then line.</returns>
    Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(IReadOnlyCollection<GraphEdge> edges, CancellationToken cancellationToken = default);

    /// <summary>Streams every edge of the given types, without evidence (for whole-graph rankings).</summary>
    /// <param name="types">The relationship types to include.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The edges.</returns>
    IAsyncEnumerable<GraphEdge> ReadAllEdgesAsync(IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken = default);

    /// <summary>Streams every entity, ordered by key (for export).</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The entities.</returns>
    IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default);

    /// <summary>Streams every edge with its evidence, ordered by source, type, target (for export and scoring).</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The relationships.</returns>
    IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default);
}
