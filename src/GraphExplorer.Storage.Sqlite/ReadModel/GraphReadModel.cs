using System.Collections.Concurrent;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Storage.Sqlite.ReadModel;

/// <summary>
/// The embedded store's graph in memory, at one store version: entities numbered in ordinal key order (names, types,
/// an alias index), each relationship type's edges as <see cref="Adjacency"/> rows in both directions, and the edges
/// in the order they were written (for rankings). Immutable once built: readers share it without locks, and a newer
/// store version gets a new instance. Evidence stays in SQLite; only the rows an answer returns read it.
/// </summary>
internal sealed class GraphReadModel
{
    /// <summary>The relationship types in wire-name order (BUILT_ON, COMPETES_WITH, DEVELOPS, INVESTS_IN, SUPPLIES_COMPUTE_TO): the order SQLite reads an entity's edges in.</summary>
    public static readonly RelationshipType[] WireOrder = RelationshipTypes.All.OrderBy(t => t.ToWireName(), StringComparer.Ordinal).ToArray();

    private readonly Dictionary<string, int> _byKey;
    private readonly Dictionary<string, int> _byAlias;
    private readonly Adjacency[] _outgoing;
    private readonly Adjacency[] _incoming;
    private readonly ConcurrentDictionary<int, Lazy<FoundPath[]>> _rankings = new();

    /// <summary>Initializes a new instance; see <see cref="GraphReadModelBuilder"/>.</summary>
    public GraphReadModel(
        long version,
        EntityKey[] keys,
        string[] names,
        EntityType[] types,
        Dictionary<string, int> byAlias,
        Adjacency[] outgoing,
        Adjacency[] incoming,
        EdgeList edges)
    {
        Version = version;
        Keys = keys;
        Names = names;
        Types = types;
        _byAlias = byAlias;
        _outgoing = outgoing;
        _incoming = incoming;
        Edges = edges;
        _byKey = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            _byKey[keys[i].Value] = i;
        }
    }

    /// <summary>
    /// The analysts' decisions as resolved at this version when any are stored: the model then shows the curated graph
    /// (curated keys, names and types, rejected edges gone, added ones in), and names and evidence are read through
    /// <see cref="Core.Curation.CuratedGraphStore"/> with this overlay; <see langword="null"/> for the extracted graph.
    /// </summary>
    public Core.Curation.CurationOverlay? Overlay { get; init; }

    /// <summary>The store version this model shows.</summary>
    public long Version { get; }

    /// <summary>Entity keys by number, in ordinal order.</summary>
    public EntityKey[] Keys { get; }

    /// <summary>Canonical names by entity number.</summary>
    public string[] Names { get; }

    /// <summary>Types by entity number.</summary>
    public EntityType[] Types { get; }

    /// <summary>Every edge, in the order the store wrote them.</summary>
    public EdgeList Edges { get; }

    /// <summary>The bytes the arrays and indexes take, roughly (strings counted at two bytes a character).</summary>
    public long ApproximateBytes =>
        _outgoing.Sum(a => a.Bytes) + _incoming.Sum(a => a.Bytes) + Edges.Bytes
        + Keys.Sum(k => 24L + (2L * k.Value.Length)) + Names.Sum(n => 24L + (2L * n.Length)) + (_byKey.Count + _byAlias.Count) * 48L;

    /// <summary>The rows of one relationship type in one direction.</summary>
    /// <param name="type">The type.</param>
    /// <param name="outgoing"><see langword="true"/> for source-to-target rows, else target-to-source.</param>
    /// <returns>The adjacency.</returns>
    public Adjacency Rows(RelationshipType type, bool outgoing) => outgoing ? _outgoing[(int)type] : _incoming[(int)type];

    /// <summary>The number of an entity.</summary>
    /// <param name="key">The key.</param>
    /// <param name="node">Its number, when the entity exists.</param>
    /// <returns><see langword="true"/> when it exists.</returns>
    public bool TryGetNode(EntityKey key, out int node) => _byKey.TryGetValue(key.Value, out node);

    /// <summary>Finds an entity as <see cref="Core.Storage.IGraphStore.FindEntityAsync"/> does: a key first, then the smallest key with that alias (extracted models only: a curated one has no alias index).</summary>
    /// <param name="nameOrAlias">What the user typed.</param>
    /// <returns>The entity (without aliases, layer or category), or <see langword="null"/>.</returns>
    public Entity? Find(string nameOrAlias)
    {
        var normalized = EntityNames.Normalize(nameOrAlias);
        if (normalized.Length == 0)
        {
            return null;
        }

        return _byKey.TryGetValue(normalized.Replace(' ', '-'), out var node) || _byAlias.TryGetValue(normalized, out node)
            ? EntityOf(node)
            : null;
    }

    /// <summary>The entity with number <paramref name="node"/>, without aliases, layer or category.</summary>
    /// <param name="node">The number.</param>
    /// <returns>The entity.</returns>
    public Entity EntityOf(int node) => new(Keys[node], Names[node], Types[node], []);

    /// <summary>A ranking computed once for this version and reused.</summary>
    /// <param name="depth">The depth it counts within.</param>
    /// <param name="compute">Computes it.</param>
    /// <returns>The ranking.</returns>
    public FoundPath[] Ranking(int depth, Func<FoundPath[]> compute) =>
        _rankings.GetOrAdd(depth, _ => new Lazy<FoundPath[]>(compute, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
