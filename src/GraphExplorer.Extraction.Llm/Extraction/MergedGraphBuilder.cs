using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Extraction.Llm.Verification;

namespace GraphExplorer.Extraction.Llm.Extraction;

/// <summary>
/// Builds a document's graph from verified model relations, on top of the rules' graph in hybrid mode: one entity
/// per key (aliases merged), one edge per (source, type, target), one piece of evidence per edge and line (the rules'
/// evidence wins a line both found).
/// </summary>
internal sealed class MergedGraphBuilder
{
    private readonly Dictionary<EntityKey, Entity> _entities = [];
    private readonly Dictionary<GraphEdge, List<Evidence>> _edges = [];

    public MergedGraphBuilder(DocumentGraph? rules)
    {
        if (rules is null)
        {
            return;
        }

        foreach (var entity in rules.Entities)
        {
            _entities[entity.Key] = entity;
        }

        foreach (var relationship in rules.Relationships)
        {
            _edges[relationship.Edge] = [.. relationship.Evidence];
        }
    }

    public void Add(string document, VerifiedRelation relation)
    {
        AddEntity(relation.Source);
        AddEntity(relation.Target);
        var (source, target) = GraphEdge.Orient(relation.Source.Key, relation.Type, relation.Target.Key);
        var edge = new GraphEdge(source, relation.Type, target);
        if (!_edges.TryGetValue(edge, out var evidence))
        {
            _edges[edge] = evidence = [];
        }

        if (!evidence.Exists(e => e.Document == document && e.Line == relation.Line))
        {
            evidence.Add(new Evidence(document, relation.Line, relation.Quote, EvidenceBasis.Llm));
        }
    }

    public DocumentGraph Build(string document, string contentHash) => new(
        document,
        contentHash,
        [.. _entities.Values.OrderBy(e => e.Key.Value, StringComparer.Ordinal)],
        [.. _edges
            .Select(e => new Relationship(e.Key.Source, e.Key.Type, e.Key.Target, [.. e.Value.OrderBy(v => v.Line).ThenBy(v => v.Quote, StringComparer.Ordinal)]))
            .OrderBy(r => r.Source.Value, StringComparer.Ordinal)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.Target.Value, StringComparer.Ordinal)]);

    private void AddEntity(ResolvedName name)
    {
        if (!_entities.TryGetValue(name.Key, out var entity))
        {
            _entities[name.Key] = new Entity(name.Key, name.Name, name.Type, name.Surface == name.Name ? [name.Name] : [name.Name, name.Surface]);
            return;
        }

        if (!entity.Aliases.Contains(name.Surface))
        {
            _entities[name.Key] = entity with { Aliases = [.. entity.Aliases, name.Surface] };
        }
    }
}
