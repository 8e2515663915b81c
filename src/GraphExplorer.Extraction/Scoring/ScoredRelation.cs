using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Scoring;

/// <summary>A relation the report lists as missed (from the gold) or spurious (from the prediction).</summary>
/// <param name="Type">The relationship type.</param>
/// <param name="Source">The source's name.</param>
/// <param name="Target">The target's name.</param>
/// <param name="Document">Where one mention is, if known.</param>
/// <param name="Line">Its line, 0 if unknown.</param>
/// <param name="Quote">Its words, if known.</param>
public sealed record ScoredRelation(RelationshipType Type, string Source, string Target, string? Document, int Line, string? Quote);
