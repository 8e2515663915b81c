using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Documents;

/// <summary>
/// Collects one document's entities (with the aliases seen, layer and category) and merges its relations into one
/// edge per (source, type, target), each keeping every line that states it. Entities the catalogue does not know get
/// their type once the whole document is read (<see cref="EntityTypeInference"/>). Every step is a dictionary or set
/// lookup (or a search of a few items), so a document costs time linear in its mentions and relations.
/// </summary>
internal sealed class DocumentGraphBuilder(string document, string contentHash)
{
    private readonly Dictionary<EntityKey, EntityDraft> _entities = [];
    private readonly Dictionary<EntityKey, EntityKey> _aliasOf = [];
    private readonly Dictionary<GraphEdge, EdgeDraft> _edges = [];
    private readonly List<ExtractionDiagnostic> _diagnostics = [];

    /// <summary>Records a mention of an entity, with the layer and category the structure gives it (first one wins).</summary>
    public void AddEntity(Mention mention, string? layer = null, string? category = null) => Draft(mention, layer, category);

    /// <summary>Records a relation read on a line.</summary>
    public void AddRelation(CandidateRelation relation, int line)
    {
        var sourceDraft = Draft(relation.Source, null, null);
        var targetDraft = Draft(relation.Target, null, null);
        var sourceKey = sourceDraft.Key;
        var targetKey = targetDraft.Key;
        if (sourceKey == targetKey)
        {
            return;
        }

        sourceDraft.Inference?.AddRole(relation.Type, isSource: true);
        targetDraft.Inference?.AddRole(relation.Type, isSource: false);
        var (source, target) = GraphEdge.Orient(sourceKey, relation.Type, targetKey);
        var edge = new GraphEdge(source, relation.Type, target);
        if (!_edges.TryGetValue(edge, out var draft))
        {
            _edges[edge] = draft = new EdgeDraft();
        }

        if (!draft.HasLine(line))
        {
            draft.Evidence.Add(new Evidence(document, line, relation.Quote, relation.Basis));
        }
    }

    /// <summary>Records something that could not be used.</summary>
    public void AddDiagnostic(int line, string message) => _diagnostics.Add(new ExtractionDiagnostic(document, line, message));

    /// <summary>Builds the document's extraction, deciding the type of every entity the catalogue does not know.</summary>
    public DocumentExtraction Build()
    {
        // Keys are unique (dictionary keys), so an unstable sort gives the one order: List.Sort over the list built
        // once, not LINQ's ordered enumerables (index maps, key arrays and a comparer chain per document).
        var entities = new List<Entity>(_entities.Count);
        foreach (var (key, draft) in _entities)
        {
            entities.Add(new Entity(key, draft.Name, draft.Type ?? draft.Inference?.Decide() ?? EntityType.Product, draft.Aliases, draft.Layer, draft.Category));
        }

        entities.Sort(static (a, b) => string.CompareOrdinal(a.Key.Value, b.Key.Value));
        var relationships = new List<Relationship>(_edges.Count);
        foreach (var (edge, draft) in _edges)
        {
            relationships.Add(new Relationship(edge.Source, edge.Type, edge.Target, draft.Evidence));
        }

        relationships.Sort(static (a, b) =>
        {
            var bySource = string.CompareOrdinal(a.Source.Value, b.Source.Value);
            if (bySource != 0)
            {
                return bySource;
            }

            var byType = Comparer<RelationshipType>.Default.Compare(a.Type, b.Type);
            return byType != 0 ? byType : string.CompareOrdinal(a.Target.Value, b.Target.Value);
        });
        return new DocumentExtraction(new DocumentGraph(document, contentHash, entities, relationships), _diagnostics);
    }

    private EntityDraft Draft(Mention mention, string? layer, string? category)
    {
        var key = mention.Key;
        if (!mention.IsCatalogued && _aliasOf.TryGetValue(key, out var canonical))
        {
            key = canonical;
        }

        if (!_entities.TryGetValue(key, out var draft))
        {
            draft = new EntityDraft(key, mention.Name, mention.Entry?.Type);
            draft.AddAlias(mention.Name);
            _entities[key] = draft;
        }

        draft.AddAlias(mention.Surface.Trim());
        draft.Inference?.AddShape(mention.Type);
        if (mention.Alias is { } alias && alias.Trim().Length > 0)
        {
            draft.AddAlias(alias.Trim());
            _aliasOf.TryAdd(EntityKey.FromName(alias), key);
        }

        draft.Layer ??= layer;
        draft.Category ??= category;
        return draft;
    }

    private sealed class EntityDraft(EntityKey key, string name, EntityType? catalogueType)
    {
        // Most entities have a few aliases: they are looked up in the list; past this many, in a set made then.
        private const int ListedAliases = 8;

        private HashSet<string>? _seen;

        public EntityKey Key { get; } = key;

        public string Name { get; } = name;

        /// <summary>The catalogue's type; <see langword="null"/> for a name first met in the text.</summary>
        public EntityType? Type { get; } = catalogueType;

        /// <summary>The evidence for a name first met in the text; <see langword="null"/> for a catalogue entity.</summary>
        public EntityTypeInference? Inference { get; } = catalogueType is null ? new EntityTypeInference() : null;

        public List<string> Aliases { get; } = [];

        public string? Layer { get; set; }

        public string? Category { get; set; }

        public void AddAlias(string alias)
        {
            if (alias.Length == 0)
            {
                return;
            }

            if (_seen is not null)
            {
                if (_seen.Add(alias))
                {
                    Aliases.Add(alias);
                }

                return;
            }

            if (!Aliases.Contains(alias))
            {
                Aliases.Add(alias);
                if (Aliases.Count > ListedAliases)
                {
                    _seen = new HashSet<string>(Aliases, StringComparer.Ordinal);
                }
            }
        }
    }

    private sealed class EdgeDraft
    {
        public List<Evidence> Evidence { get; } = [];

        /// <summary>
        /// Whether an evidence item already cites <paramref name="line"/>. Lines are read in order, so a line past the last
        /// item's is new and the same line is the last item: one step, where a set of lines per edge cost an allocation.
        /// </summary>
        public bool HasLine(int line)
        {
            if (Evidence.Count == 0 || line > Evidence[^1].Line)
            {
                return false;
            }

            for (var i = Evidence.Count - 1; i >= 0; i--)
            {
                if (Evidence[i].Line == line)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
