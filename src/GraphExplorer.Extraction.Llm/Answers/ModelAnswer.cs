namespace GraphExplorer.Extraction.Llm.Answers;

/// <summary>The model's answer for one section, parsed but not verified.</summary>
/// <param name="Relations">The relations it claims.</param>
/// <param name="Entities">The entities it listed.</param>
internal sealed record ModelAnswer(IReadOnlyList<ModelRelation> Relations, IReadOnlyList<ModelEntity> Entities);
