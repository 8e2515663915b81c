using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Scoring;

/// <summary>Precision and recall for one relationship type, or overall.</summary>
/// <param name="Type">The type, or <see langword="null"/> for all types together.</param>
/// <param name="Predicted">Distinct predicted edges.</param>
/// <param name="Gold">Distinct gold edges.</param>
/// <param name="CorrectPredicted">Predicted edges that match a gold edge.</param>
/// <param name="FoundGold">Gold edges that a predicted edge matches.</param>
public sealed record TypeScore(RelationshipType? Type, int Predicted, int Gold, int CorrectPredicted, int FoundGold)
{
    /// <summary>Correct predicted edges over predicted edges; 1 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 1d : (double)CorrectPredicted / Predicted;

    /// <summary>Found gold edges over gold edges; 1 when the gold has none.</summary>
    public double Recall => Gold == 0 ? 1d : (double)FoundGold / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0d : 2 * Precision * Recall / (Precision + Recall);
}
