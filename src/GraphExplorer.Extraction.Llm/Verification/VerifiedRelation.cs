using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Llm.Verification;

/// <summary>A model relation that passed every check.</summary>
/// <param name="Source">The source entity.</param>
/// <param name="Type">The relation type.</param>
/// <param name="Target">The target entity.</param>
/// <param name="Line">The cited line, where the quote and both names occur.</param>
/// <param name="Quote">The quote, an exact substring of that line.</param>
internal sealed record VerifiedRelation(ResolvedName Source, RelationshipType Type, ResolvedName Target, int Line, string Quote);
