using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Sqlite.ReadModel;

namespace GraphExplorer.Storage.Sqlite.Traversals;

/// <summary>
/// The embedded store's traversal engine: walks run on the in-memory <see cref="GraphReadModel"/> (numbered entities,
/// adjacency rows per type and direction), and only the rows returned read their evidence, from SQLite, in the same
/// read transaction as the model's version. Requests are resolved and rows ordered, cut and explained by Core
/// (<see cref="ResolvedTraversal"/>, <see cref="TraversalRows"/>), as for every engine; the answers are those of
/// <see cref="GraphTraversalService"/> over the same store, row for row.
/// </summary>
/// <remarks>
/// While analysts' decisions are stored, the read model is built from the curated graph (<see cref="CuratedReadModelBuilder"/>)
/// and names are resolved and evidence read through a <see cref="CuratedGraphStore"/> over the session's snapshot with
/// the model's overlay, so the answers are those of <see cref="GraphTraversalService"/> over the curated store. Only
/// when the decisions are kept in another store than this one (their changes raise no version here) does the request
/// run on <see cref="GraphTraversalService"/> over the curated store instead.
/// </remarks>
/// <param name="store">The embedded store.</param>
/// <param name="catalogue">The traversal catalogue.</param>
/// <param name="curated">The curated view of <paramref name="store"/>; one over it when <see langword="null"/>.</param>
public sealed class SqliteTraversalService(SqliteGraphStore store, TraversalCatalogue catalogue, CuratedGraphStore? curated = null) : IVersionedTraversalService
{
    private const int ExplainingEdges = 10;

    private readonly CuratedGraphStore _curated = curated ?? new CuratedGraphStore(store, store);
    private GraphTraversalService? _curatedEngine;

    /// <summary>Whether the decisions are this store's own (in its file), so its read model and version show them.</summary>
    private bool SelfCurated => ReferenceEquals(_curated.Inner, store) && ReferenceEquals(_curated.Curation, store);

    /// <inheritdoc />
    /// <remarks>
    /// The version every write and every analyst's decision raises, by this process or another on the same file; none when
    /// the decisions come from another store than this one (their changes would not raise it).
    /// </remarks>
    public async Task<long?> GetAnswerVersionAsync(CancellationToken cancellationToken = default) =>
        SelfCurated ? await store.GetStoreVersionAsync(cancellationToken).ConfigureAwait(false) : null;

    /// <inheritdoc />
    public async Task<TraversalResult> ExecuteAsync(TraversalRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!SelfCurated && !(await _curated.GetOverlayAsync(cancellationToken).ConfigureAwait(false)).IsEmpty)
        {
            return await CuratedEngine().ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        }

        await using var session = await store.OpenReadSessionAsync(cancellationToken).ConfigureAwait(false);
        var model = session.Model;
        if (model.Overlay is not null && !SelfCurated)
        {
            // The file holds decisions of its own that the configured view does not apply: answer as that view does.
            return await CuratedEngine().ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var view = model.Overlay is { } overlay ? SnapshotView(session, overlay) : null;
        var resolved = view is not null
            ? await ResolvedTraversal.ResolveAsync(request, catalogue, view, cancellationToken).ConfigureAwait(false)
            : await ResolvedTraversal.ResolveAsync(
                request,
                catalogue,
                (name, _) => Task.FromResult(model.Find(name)),
                store.SearchEntitiesAsync,
                cancellationToken).ConfigureAwait(false);
        var (definition, start, to, depth, limit) = resolved;
        var paths = definition.Kind switch
        {
            TraversalKind.Reach => ReachWalk.Run(model, Node(model, start), definition.Steps, depth, limit),
            TraversalKind.ShortestPaths => BidirectionalShortestPaths.Run(model, Node(model, start), Node(model, to), depth, limit),
            TraversalKind.EdgesBetween => EdgesBetween(model, Node(model, start), Node(model, to)),
            TraversalKind.DependencyRanking => model.Ranking(depth, () => Rank(model, definition.Steps, depth, cancellationToken)).Take(limit).ToArray(),
            _ => throw new InvalidOperationException($"Traversal kind {definition.Kind} has no implementation."),
        };

        ITraversalRowSource source = view is not null ? new CuratedRowSource(model, view) : new SessionRowSource(session);
        var rows = await TraversalRows.ExplainAsync(source, definition, paths, resolved.RowLimit, resolved.Evidence, cancellationToken).ConfigureAwait(false);
        return new TraversalResult(definition.Name, resolved.Parameters, rows);
    }

    /// <summary>The curated graph as the session's transaction sees it, with the decisions as resolved for its model.</summary>
    private static CuratedGraphStore SnapshotView(ReadSession session, CurationOverlay overlay)
    {
        var snapshot = new SnapshotGraphStore(session.Connection, session.Transaction);
        return new CuratedGraphStore(snapshot, snapshot, overlay);
    }

    private GraphTraversalService CuratedEngine() => _curatedEngine ??= new GraphTraversalService(_curated, catalogue);

    private static int Node(GraphReadModel model, Entity? entity) =>
        entity is not null && model.TryGetNode(entity.Key, out var node)
            ? node
            : throw new InvalidOperationException($"The entity '{entity?.Key}' resolved but is not in the read model.");

    /// <summary>The edges directly between two entities, by type (declaration order), as the generic engine lists them.</summary>
    private static FoundPath[] EdgesBetween(GraphReadModel model, int a, int b)
    {
        if (a == b)
        {
            return [];
        }

        var edges = new List<(RelationshipType Type, int Source, int Target)>();
        foreach (var type in RelationshipTypes.All)
        {
            foreach (var (source, target) in new[] { (a, b), (b, a) })
            {
                if (model.Rows(type, outgoing: true).Of(source).BinarySearch(target) >= 0)
                {
                    edges.Add((type, source, target));
                }
            }
        }

        return edges.Order()
            .Select(e => new FoundPath(model.Keys[b], [new GraphEdge(model.Keys[e.Source], e.Type, model.Keys[e.Target])], null))
            .ToArray();
    }

    /// <summary>The whole ranking at <paramref name="depth"/> (every base up to the largest limit), as the generic engine counts it.</summary>
    private static FoundPath[] Rank(GraphReadModel model, IReadOnlyList<TraversalStep> steps, int depth, CancellationToken cancellationToken)
    {
        var ranking = new DependencyRanking(steps, model.Keys);
        var edges = model.Edges;
        for (var i = 0; i < edges.Count; i++)
        {
            ranking.Add(edges.Sources[i], edges.Types[i], edges.Targets[i]);
        }

        return ranking.Rank(depth, TraversalCatalogue.MaxLimit, ExplainingEdges, cancellationToken)
            .Select(r => new FoundPath(r.Key, r.Edges, r.Count))
            .ToArray();
    }
}
