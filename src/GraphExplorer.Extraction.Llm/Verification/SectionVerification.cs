using GraphExplorer.Extraction.Llm.Answers;

namespace GraphExplorer.Extraction.Llm.Verification;

/// <summary>What verification made of one section's answer.</summary>
/// <param name="Kept">The relations that passed every check, in answer order.</param>
/// <param name="Dropped">The others, each with the first check it failed.</param>
internal sealed record SectionVerification(IReadOnlyList<VerifiedRelation> Kept, IReadOnlyList<(ModelRelation Relation, DropReason Reason)> Dropped);
