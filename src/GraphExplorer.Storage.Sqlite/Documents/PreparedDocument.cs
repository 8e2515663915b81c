using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Storage.Sqlite.Documents;

/// <summary>
/// A <see cref="DocumentGraph"/> checked and merged before anything is written: entities one per key (aliases
/// united), edges one per (source, type, target) in canonical orientation with their evidence united; and its rows
/// as the set-based statements take them (<see cref="DocumentRows"/>), built here so that the writer only writes.
/// </summary>
/// <param name="Document">The document's key in the store (<see cref="DocumentKey.Value"/>: source and path).</param>
/// <param name="ContentHash">Its content hash.</param>
/// <param name="Entities">One entity per key.</param>
/// <param name="Relationships">One relationship per edge.</param>
internal sealed record PreparedDocument(
    string Document,
    string ContentHash,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relationship> Relationships)
{
    /// <summary>The document's text, kept beside it; <see langword="null"/> keeps none.</summary>
    public string? Text { get; init; }

    /// <summary>The <c>date:</c> of its front matter.</summary>
    public string? Date { get; init; }

    /// <summary>The number of lines of <see cref="Text"/> (<see cref="DocumentText.CountLines"/>); 0 without text.</summary>
    public int LineCount { get; init; }

    /// <summary>The entities as <see cref="DocumentRows.Entities"/> gives them.</summary>
    public byte[] EntityRows { get; init; } = [];

    /// <summary>The relationships and their evidence as <see cref="DocumentRows.Relationships"/> gives them.</summary>
    public byte[] RelationshipRows { get; init; } = [];

    // The parameter of IGraphStore.WriteDocumentAsync that carries the graph.
    private const string ParameterName = "document";

    /// <summary>Checks and merges a document graph.</summary>
    /// <param name="graph">The graph to write.</param>
    /// <returns>The prepared document.</returns>
    /// <exception cref="ArgumentException">
    /// The graph is malformed: a blank path or hash, an entity without key or name, a relationship whose
    /// source or target is not among the document's entities, or evidence that is missing, from another
    /// document, or has a line below 1.
    /// </exception>
    public static PreparedDocument From(DocumentGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrWhiteSpace(graph.Document, ParameterName);
        ArgumentException.ThrowIfNullOrWhiteSpace(graph.ContentHash, ParameterName);
        ArgumentNullException.ThrowIfNull(graph.Entities, ParameterName);
        ArgumentNullException.ThrowIfNull(graph.Relationships, ParameterName);

        var entities = MergeEntities(graph);
        var relationships = MergeRelationships(graph, entities.Select(e => e.Key).ToHashSet());
        if (SourceNames.Validate(graph.Source) is { } badSource)
        {
            throw Invalid(graph, $"has the source name '{graph.Source}': {badSource}.");
        }

        return new PreparedDocument(new DocumentKey(graph.Source, graph.Document).Value, graph.ContentHash, entities, relationships)
        {
            Text = graph.Text,
            Date = graph.Date,
            LineCount = graph.Text is { } text ? DocumentText.CountLines(text) : 0,
            EntityRows = DocumentRows.Entities(entities),
            RelationshipRows = DocumentRows.Relationships(relationships),
        };
    }

    private static List<Entity> MergeEntities(DocumentGraph graph)
    {
        var byKey = new Dictionary<EntityKey, Entity>();
        var order = new List<EntityKey>();
        foreach (var entity in graph.Entities)
        {
            if (entity is null || string.IsNullOrWhiteSpace(entity.Key.Value) || string.IsNullOrWhiteSpace(entity.Name))
            {
                throw Invalid(graph, "has an entity without a key or a name.");
            }

            if (!Enum.IsDefined(entity.Type))
            {
                throw Invalid(graph, $"gives entity '{entity.Key}' the undefined type {entity.Type}.");
            }

            if (!byKey.TryGetValue(entity.Key, out var seen))
            {
                byKey[entity.Key] = entity with { Aliases = Aliases(entity.Name, entity.Aliases, []) };
                order.Add(entity.Key);
                continue;
            }

            byKey[entity.Key] = seen with
            {
                Aliases = Aliases(seen.Name, seen.Aliases, entity.Aliases),
                Layer = seen.Layer ?? entity.Layer,
                Category = seen.Category ?? entity.Category,
            };
        }

        return order.Select(key => byKey[key]).ToList();
    }

    private static string[] Aliases(string name, IReadOnlyList<string>? first, IReadOnlyList<string>? second) =>
        new[] { name }
            .Concat(first ?? [])
            .Concat(second ?? [])
            .Where(alias => EntityNames.Normalize(alias).Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private static List<Relationship> MergeRelationships(DocumentGraph graph, HashSet<EntityKey> keys)
    {
        var byEdge = new Dictionary<GraphEdge, List<Evidence>>();
        foreach (var relationship in graph.Relationships)
        {
            if (relationship is null || !Enum.IsDefined(relationship.Type))
            {
                throw Invalid(graph, "has a relationship that is null or of an undefined type.");
            }

            var wire = relationship.Type.ToWireName();
            foreach (var endpoint in new[] { relationship.Source, relationship.Target })
            {
                if (!keys.Contains(endpoint))
                {
                    throw Invalid(graph, $"has a {wire} relationship naming '{endpoint}', which is not among the document's entities.");
                }
            }

            if (relationship.Evidence is not { Count: > 0 })
            {
                throw Invalid(graph, $"has a {wire} relationship from '{relationship.Source}' to '{relationship.Target}' without evidence.");
            }

            foreach (var evidence in relationship.Evidence)
            {
                if (evidence is null || evidence.Line < 1 || evidence.Quote is null || !string.Equals(evidence.Document, graph.Document, StringComparison.Ordinal))
                {
                    throw Invalid(graph, $"has evidence for {wire} '{relationship.Source}' -> '{relationship.Target}' that is not a line (1 or more) of this document with a quote.");
                }
            }

            var (source, target) = GraphEdge.Orient(relationship.Source, relationship.Type, relationship.Target);
            var edge = new GraphEdge(source, relationship.Type, target);
            if (!byEdge.TryGetValue(edge, out var list))
            {
                byEdge[edge] = list = [];
            }

            list.AddRange(relationship.Evidence);
        }

        return byEdge
            .Select(pair => new Relationship(
                pair.Key.Source,
                pair.Key.Type,
                pair.Key.Target,
                pair.Value.DistinctBy(e => (e.Line, e.Quote, e.Basis)).OrderBy(e => e.Line).ThenBy(e => e.Quote, StringComparer.Ordinal).ThenBy(e => e.Basis.ToString(), StringComparer.Ordinal).ToArray()))
            .ToList();
    }

    private static ArgumentException Invalid(DocumentGraph graph, string problem) =>
        new($"The graph of document '{graph.Document}' {problem}", ParameterName);
}
