using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Extraction.Llm.Verification;

namespace GraphExplorer.Extraction.Llm.Extraction;

/// <summary>
/// Builds a document's graph from verified model relations, on top of the rules' graph in hybrid mode: one entity
/// per key (aliases merged), one edge per (source, type, target). The model's evidence says
/// <see cref="EvidenceBasis.Llm"/> with the model's name, one piece per edge and line; where the rules found the same
/// edge, their evidence stays beside it with its own basis (a line both found carries both).
/// </summary>
internal sealed class MergedGraphBuilder
{
    private readonly Dictionary<EntityKey, Entity> _entities = [];
    private readonly Dictionary<GraphEdge, List<Evidence>> _edges = [];

    private readonly string? _model;

    /// <summary>Starts from the rules' graph.</summary>
    /// <param name="rules">The rules' graph (hybrid), or <see langword="null"/>.</param>
    /// <param name="model">The model that answered; every piece of its evidence names it.</param>
    public MergedGraphBuilder(DocumentGraph? rules, string? model)
    {
        _model = string.IsNullOrWhiteSpace(model) ? null : model;
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

        if (!evidence.Exists(e => e.Basis == EvidenceBasis.Llm && e.Document == document && e.Line == relation.Line))
        {
            evidence.Add(new Evidence(document, relation.Line, relation.Quote, EvidenceBasis.Llm, Model: _model));
        }
    }

    public DocumentGraph Build(string document, string contentHash) => new(
        document,
        contentHash,
        [.. _entities.Values.OrderBy(e => e.Key.Value, StringComparer.Ordinal)],
        [.. _edges
            .Select(e => new Relationship(e.Key.Source, e.Key.Type, e.Key.Target, [.. e.Value.OrderBy(v => v.Line).ThenBy(v => v.Quote, StringComparer.Ordinal).ThenBy(v => v.Basis.ToString(), StringComparer.Ordinal)]))
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
