using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Storage.Neo4j.Store;

/// <summary>
/// A document's graph as the parameter rows of <c>write-document-entities</c> and
/// <c>write-document-relationships</c>: entities merged by key, relationships by (source, type, target) in
/// canonical orientation, evidence de-duplicated by its id (a hash of doc+line+quote).
/// </summary>
internal sealed class DocumentWritePlan
{
    private DocumentWritePlan(string document, IReadOnlyList<Dictionary<string, object?>> entityRows, IReadOnlyList<Dictionary<string, object?>> relationshipRows)
    {
        Document = document;
        EntityRows = entityRows;
        RelationshipRows = relationshipRows;
    }

    /// <summary>The document's key in the store (<see cref="DocumentKey.Value"/>).</summary>
    public string Document { get; }

    /// <summary>The document's text, kept on its node.</summary>
    public string? Text { get; private init; }

    /// <summary>The <c>date:</c> of its front matter.</summary>
    public string? Date { get; private init; }

    /// <summary>Its number of lines, when its text is kept.</summary>
    public int? LineCount { get; private init; }

    public IReadOnlyList<Dictionary<string, object?>> EntityRows { get; }

    public IReadOnlyList<Dictionary<string, object?>> RelationshipRows { get; }

    public IEnumerable<string> EntityKeys => EntityRows.Select(r => (string)r["key"]!);

    /// <summary>Builds the rows of a document.</summary>
    /// <param name="document">The document's graph.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">
    /// A relationship names an entity the document does not list, or carries evidence of another document.
    /// </exception>
    public static DocumentWritePlan Create(DocumentGraph document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(document.Document, nameof(document));
        if (SourceNames.Validate(document.Source) is { } badSource)
        {
            throw new ArgumentException($"Document '{document.Document}' has the source name '{document.Source}': {badSource}.", nameof(document));
        }

        var documentKey = new DocumentKey(document.Source, document.Document).Value;

        var entities = new Dictionary<EntityKey, Dictionary<string, object?>>();
        foreach (var entity in document.Entities)
        {
            if (!entities.TryGetValue(entity.Key, out var row))
            {
                entities[entity.Key] = EntityRow(entity);
                continue;
            }

            // The same entity listed twice: one mention with the union of what both say.
            row["aliases"] = Union((string[])row["aliases"]!, entity.Aliases);
            row["normalizedAliases"] = Union((string[])row["normalizedAliases"]!, NormalizedNames(entity));
            row["layer"] ??= entity.Layer;
            row["category"] ??= entity.Category;
        }

        var relationships = new Dictionary<GraphEdge, List<Dictionary<string, object?>>>();
        var evidenceIds = new Dictionary<GraphEdge, HashSet<string>>();
        foreach (var relationship in document.Relationships)
        {
            var (source, target) = GraphEdge.Orient(relationship.Source, relationship.Type, relationship.Target);
            foreach (var key in new[] { source, target }.Where(k => !entities.ContainsKey(k)))
            {
                throw new ArgumentException(
                    $"Document '{document.Document}' states {relationship.Type.ToWireName()} with entity '{key}', which it does not list among its entities.",
                    nameof(document));
            }

            var edge = new GraphEdge(source, relationship.Type, target);
            if (!relationships.TryGetValue(edge, out var evidence))
            {
                relationships[edge] = evidence = [];
                evidenceIds[edge] = [];
            }

            foreach (var item in relationship.Evidence)
            {
                if (item.Document != document.Document)
                {
                    throw new ArgumentException(
                        $"Document '{document.Document}' carries evidence of '{item.Document}' (line {item.Line}); a document's graph holds its own evidence only.",
                        nameof(document));
                }

                var id = EvidenceId(item with { Document = documentKey });
                if (evidenceIds[edge].Add(id))
                {
                    evidence.Add(new Dictionary<string, object?>
                    {
                        ["id"] = id,
                        ["doc"] = documentKey,
                        ["line"] = item.Line,
                        ["quote"] = item.Quote,
                        ["basis"] = GraphJson.BasisName(item.Basis),
                        ["model"] = item.Basis == EvidenceBasis.Llm ? item.Model ?? string.Empty : string.Empty,
                    });
                }
            }
        }

        var relationshipRows = relationships
            .Where(r => r.Value.Count > 0)
            .Select(r => new Dictionary<string, object?>
            {
                ["source"] = r.Key.Source.Value,
                ["type"] = r.Key.Type.ToWireName(),
                ["target"] = r.Key.Target.Value,
                ["evidence"] = r.Value,
            })
            .ToArray();
        return new DocumentWritePlan(documentKey, entities.Values.ToArray(), relationshipRows)
        {
            Text = document.Text,
            Date = document.Date,
            LineCount = document.Text is { } text ? DocumentText.SplitLines(text).Count : null,
        };
    }

    /// <summary>
    /// The id evidence is keyed by: SHA-256 of doc (the document's key), line and quote, 32 hex digits; a model's
    /// evidence adds its basis, so the rules and the model stating the same line (hybrid) keep one item each.
    /// </summary>
    /// <param name="evidence">The evidence.</param>
    /// <returns>The id.</returns>
    public static string EvidenceId(Evidence evidence)
    {
        var text = $"{evidence.Document}\n{evidence.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n{evidence.Quote}";
        if (evidence.Basis == EvidenceBasis.Llm)
        {
            text += "\nllm";
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    private static Dictionary<string, object?> EntityRow(Entity entity) => new()
    {
        ["key"] = entity.Key.Value,
        ["name"] = entity.Name,
        ["type"] = entity.Type.ToString(),
        ["aliases"] = Union([], entity.Aliases),
        ["normalizedAliases"] = Union([], NormalizedNames(entity)),
        ["layer"] = entity.Layer,
        ["category"] = entity.Category,
    };

    /// <summary>The comparison forms of the name (first) and of every alias.</summary>
    private static IEnumerable<string> NormalizedNames(Entity entity) =>
        new[] { entity.Name }.Concat(entity.Aliases).Select(EntityNames.Normalize).Where(n => n.Length > 0);

    private static string[] Union(IEnumerable<string> first, IEnumerable<string> second) =>
        first.Concat(second).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal).ToArray();
}
