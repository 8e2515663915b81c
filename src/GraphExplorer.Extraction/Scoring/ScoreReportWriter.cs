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
        WriteEntities(writer, report.Entities, maxListed);
        WriteList(writer, "Missed", report.Missed, maxListed);
        WriteList(writer, "Spurious", report.Spurious, maxListed);
    }

    private static void WriteEntities(TextWriter writer, EntityScore score, int maxListed)
    {
        writer.WriteLine();
        writer.WriteLine("Entities: gold entities found as nodes (through any alias), and of those, typed as the gold types them.");
        writer.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-20} {1,6} {2,9} {3,8} {4,9} {5,9}", "type", "gold", "found", "typed ok", "recall", "type acc"));
        foreach (var (type, (gold, found, right)) in score.ByType.OrderBy(t => t.Key))
        {
            WriteEntityRow(writer, type.ToString(), gold, found, right);
        }

        WriteEntityRow(writer, "overall", score.Gold, score.Found, score.TypedRight);
        if (maxListed > 0)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  not found ({score.Missed.Count}): {string.Join(", ", score.Missed.Take(maxListed))}"));
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  mistyped ({score.Mistyped.Count}): {string.Join(", ", score.Mistyped.Take(maxListed).Select(m => $"{m.Name} ({m.Gold} as {m.Predicted})"))}"));
        }
    }

    private static void WriteEntityRow(TextWriter writer, string label, int gold, int found, int right) =>
        writer.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0,-20} {1,6} {2,9} {3,8} {4,9:0.000} {5,9:0.000}",
            label, gold, found, right, gold == 0 ? 1d : (double)found / gold, found == 0 ? 1d : (double)right / found));

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
