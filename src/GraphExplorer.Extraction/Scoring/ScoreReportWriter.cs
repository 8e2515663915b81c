using System.Globalization;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Scoring;

/// <summary>Writes a <see cref="ScoreReport"/> as plain text, for the CLI's <c>score</c> command and the README.</summary>
public static class ScoreReportWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="maxListed">At most this many missed and this many spurious relations are listed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ScoreReport report, TextWriter writer, int maxListed = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("Edge-level score: distinct (source, type, target) over the corpus; entities matched through aliases; COMPETES_WITH either way.");
        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-20} {1,6} {2,9} {3,8} {4,9} {5,7} {6,6}", "type", "gold", "predicted", "correct", "precision", "recall", "F1"));
        foreach (var type in RelationshipTypes.All)
        {
            WriteRow(writer, type.ToWireName(), report.ByType[type]);
        }

        WriteRow(writer, "overall", report.Overall);
        WriteList(writer, "Missed", report.Missed, maxListed);
        WriteList(writer, "Spurious", report.Spurious, maxListed);
    }

    private static void WriteRow(TextWriter writer, string label, TypeScore score) =>
        writer.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0,-20} {1,6} {2,9} {3,8} {4,9:0.000} {5,7:0.000} {6,6:0.000}",
            label, score.Gold, score.Predicted, score.CorrectPredicted, score.Precision, score.Recall, score.F1));

    private static void WriteList(TextWriter writer, string title, IReadOnlyList<ScoredRelation> relations, int maxListed)
    {
        writer.WriteLine();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title} ({relations.Count}):"));
        foreach (var relation in relations.Take(maxListed))
        {
            var where = relation.Document is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"  [{relation.Document}:{relation.Line}] {relation.Quote}");
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {relation.Type.ToWireName(),-20} {relation.Source} -> {relation.Target}{where}"));
        }

        if (relations.Count > maxListed)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {relations.Count - maxListed} more"));
        }
    }
}
