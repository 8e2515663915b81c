using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Testing;

/// <summary>
/// A test double for the real extractor: every line <c>A -TYPE-&gt; B</c> (a wire name such as <c>BUILT_ON</c>)
/// gives companies A and B and that edge, quoted by the line. A line <c>!throw</c> makes it throw; other lines
/// are ignored.
/// </summary>
public sealed class ArrowTestExtractor : IDocumentExtractor
{
    /// <inheritdoc />
    public DocumentExtraction Extract(DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var entities = new Dictionary<EntityKey, Entity>();
        var relationships = new List<Relationship>();
        var diagnostics = new List<ExtractionDiagnostic>();
        var lines = source.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (line == "!throw")
            {
                throw new InvalidOperationException($"The test extractor was told to fail on line {i + 1}.");
            }

            var arrow = line.IndexOf(" -", StringComparison.Ordinal);
            var head = line.IndexOf("-> ", StringComparison.Ordinal);
            if (arrow <= 0 || head <= arrow)
            {
                continue;
            }

            if (!RelationshipTypes.TryParse(line[(arrow + 2)..head], out var type))
            {
                diagnostics.Add(new ExtractionDiagnostic(source.Document, i + 1, "Unknown relationship type."));
                continue;
            }

            var from = Declare(entities, line[..arrow].Trim());
            var to = Declare(entities, line[(head + 3)..].Trim());
            relationships.Add(Relationship.Create(from, type, to, [new Evidence(source.Document, i + 1, line)]));
        }

        var graph = new DocumentGraph(source.Document, source.ContentHash, entities.Values.ToArray(), relationships);
        return new DocumentExtraction(graph, diagnostics);
    }

    private static EntityKey Declare(Dictionary<EntityKey, Entity> entities, string name)
    {
        var key = EntityKey.FromName(name);
        entities.TryAdd(key, new Entity(key, name, EntityType.Company, [name]));
        return key;
    }
}
