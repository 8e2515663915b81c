using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Scoring;

/// <summary>How a graph compares with gold relations: overall and per type, with what was missed and what is spurious.</summary>
/// <param name="Overall">All types together.</param>
/// <param name="ByType">One score per relationship type, every type present.</param>
/// <param name="Missed">Gold edges no predicted edge matches.</param>
/// <param name="Spurious">Predicted edges that match no gold edge.</param>
/// <param name="Entities">Gold entities found as nodes, and typed right.</param>
public sealed record ScoreReport(
    TypeScore Overall,
    IReadOnlyDictionary<RelationshipType, TypeScore> ByType,
    IReadOnlyList<ScoredRelation> Missed,
    IReadOnlyList<ScoredRelation> Spurious,
    EntityScore Entities)
{
    /// <summary>The report as text: a table of figures, then the missed and spurious relations.</summary>
    /// <param name="maxListed">At most this many missed and this many spurious relations are listed.</param>
    /// <returns>The text.</returns>
    public string ToText(int maxListed = int.MaxValue)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        ScoreReportWriter.Write(this, writer, maxListed);
        return writer.ToString();
    }
}
