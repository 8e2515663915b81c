using GraphExplorer.Core.Relationships;
using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

/// <summary>Reads one edge's evidence back from a small extracted note, by canonical names.</summary>
internal static class CueEvidence
{
    /// <summary>The evidence of the edge "Source TYPE Target" in the note, or an empty list when the edge is absent.</summary>
    public static IReadOnlyList<Evidence> Of(string markdown, string edge)
    {
        var graph = Extract(markdown);
        var names = graph.Entities.ToDictionary(e => e.Key, e => e.Name);
        var relationship = graph.Relationships.FirstOrDefault(r => $"{names[r.Source]} {r.Type.ToWireName()} {names[r.Target]}" == edge);
        return relationship?.Evidence ?? [];
    }

    /// <summary>Asserts the edge is read from the given line, as prose, with a quote holding <paramref name="quotePart"/>.</summary>
    public static void AssertStated(string markdown, string edge, int line, string quotePart)
    {
        var evidence = Assert.Single(Of(markdown, edge));

        Assert.Equal(line, evidence.Line);
        Assert.Equal(EvidenceBasis.Prose, evidence.Basis);
        Assert.Contains(quotePart, evidence.Quote, StringComparison.Ordinal);
    }
}
