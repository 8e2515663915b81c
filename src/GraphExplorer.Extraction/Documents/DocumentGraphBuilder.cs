using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Documents;

/// <summary>
/// Collects one document's entities (with the aliases seen, layer and category) and merges its relations into one
/// edge per (source, type, target), each keeping every line that states it.
/// </summary>
internal sealed class DocumentGraphBuilder(string document, string contentHash)
{
    private readonly Dictionary<EntityKey, EntityDraft> _entities = [];
    private readonly Dictionary<GraphEdge, List<Evidence>> _edges = [];
    private readonly List<ExtractionDiagnostic> _diagnostics = [];

    /// <summary>Records a mention of an entity, with the layer and category the structure gives it (first one wins).</summary>
    public void AddEntity(Mention mention, EntityType? typeHint = null, string? layer = null, string? category = null)
    {
        if (!_entities.TryGetValue(mention.Key, out var draft))
        {
            var type = mention.Type ?? typeHint ?? EntityType.Product;
            draft = new EntityDraft(mention.Name, type);
            draft.Aliases.Add(mention.Name);
            _entities[mention.Key] = draft;
        }

        var surface = mention.Surface.Trim();
        if (surface.Length > 0 && !draft.Aliases.Contains(surface))
        {
            draft.Aliases.Add(surface);
        }

        draft.Layer ??= layer;
        draft.Category ??= category;
    }

    /// <summary>Records a relation read on a line.</summary>
    public void AddRelation(CandidateRelation relation, int line)
    {
        AddEntity(relation.Source, EntityType.Company);
        AddEntity(relation.Target, relation.Type is RelationshipType.InvestsIn or RelationshipType.SuppliesComputeTo ? EntityType.Company : EntityType.Product);
        var (source, target) = GraphEdge.Orient(relation.Source.Key, relation.Type, relation.Target.Key);
        var edge = new GraphEdge(source, relation.Type, target);
        if (!_edges.TryGetValue(edge, out var evidence))
        {
            _edges[edge] = evidence = [];
        }

        if (!evidence.Exists(e => e.Line == line))
        {
            evidence.Add(new Evidence(document, line, relation.Quote, relation.Basis));
        }
    }

    /// <summary>Records something that could not be used.</summary>
    public void AddDiagnostic(int line, string message) => _diagnostics.Add(new ExtractionDiagnostic(document, line, message));

    /// <summary>Builds the document's extraction.</summary>
    public DocumentExtraction Build()
    {
        var entities = _entities
            .Select(e => new Entity(e.Key, e.Value.Name, e.Value.Type, e.Value.Aliases, e.Value.Layer, e.Value.Category))
            .OrderBy(e => e.Key.Value, StringComparer.Ordinal)
            .ToList();
        var relationships = _edges
            .Select(e => new Relationship(e.Key.Source, e.Key.Type, e.Key.Target, e.Value))
            .OrderBy(r => r.Source.Value, StringComparer.Ordinal)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.Target.Value, StringComparer.Ordinal)
            .ToList();
        return new DocumentExtraction(new DocumentGraph(document, contentHash, entities, relationships), _diagnostics);
    }

    private sealed class EntityDraft(string name, EntityType type)
    {
        public string Name { get; } = name;

        public EntityType Type { get; } = type;

        public List<string> Aliases { get; } = [];

        public string? Layer { get; set; }

        public string? Category { get; set; }
    }
}
