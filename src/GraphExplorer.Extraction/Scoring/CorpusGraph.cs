using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Scoring;

/// <summary>
/// Documents' graphs merged the way the store merges them, for scoring without a store: an entity keeps the name and
/// type of the first document that wrote it and gathers every alias; relationships are kept per document (the scorer
/// counts distinct edges).
/// </summary>
public sealed class CorpusGraph
{
    private readonly Dictionary<EntityKey, Entity> _entities = [];
    private readonly List<Relationship> _relationships = [];

    /// <summary>The merged entities.</summary>
    public IReadOnlyCollection<Entity> Entities => _entities.Values;

    /// <summary>Every document's relationships.</summary>
    public IReadOnlyList<Relationship> Relationships => _relationships;

    /// <summary>Adds one document's graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public void Add(DocumentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var entity in graph.Entities)
        {
            _entities[entity.Key] = _entities.TryGetValue(entity.Key, out var seen)
                ? seen with { Aliases = [.. seen.Aliases.Union(entity.Aliases, StringComparer.Ordinal)] }
                : entity;
        }

        _relationships.AddRange(graph.Relationships);
    }
}
