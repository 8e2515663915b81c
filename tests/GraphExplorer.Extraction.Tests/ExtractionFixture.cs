using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Extraction.Tests;

/// <summary>Extracts small Markdown texts written in the tests and reads edges back by canonical names.</summary>
internal static class ExtractionFixture
{
    public static DocumentExtractor CreateSut() => new(EntityCatalogue.Default);

    public static DocumentGraph Extract(string markdown) =>
        CreateSut().Extract(new DocumentSource("test.md", "hash", markdown)).Graph;

    /// <summary>The document's edges as "Source TYPE Target", by canonical names.</summary>
    public static IReadOnlySet<string> Edges(string markdown) => Edges(Extract(markdown));

    public static IReadOnlySet<string> Edges(DocumentGraph graph)
    {
        var names = graph.Entities.ToDictionary(e => e.Key, e => e.Name);
        return graph.Relationships
            .Select(r => $"{names[r.Source]} {r.Type.ToWireName()} {names[r.Target]}")
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The edge text for a competition, whichever way the store orders it.</summary>
    public static bool HasCompetition(IReadOnlySet<string> edges, string first, string second) =>
        edges.Contains($"{first} COMPETES_WITH {second}") || edges.Contains($"{second} COMPETES_WITH {first}");
}
