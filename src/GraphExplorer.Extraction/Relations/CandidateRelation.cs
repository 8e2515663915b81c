using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>A relation a rule read out of one line, before edges are merged.</summary>
/// <param name="Source">The source mention.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="Target">The target mention.</param>
/// <param name="Basis">Whether list/table structure or a prose cue stated it.</param>
/// <param name="Quote">The exact part of the line that states it.</param>
internal sealed record CandidateRelation(Mention Source, RelationshipType Type, Mention Target, EvidenceBasis Basis, string Quote);
