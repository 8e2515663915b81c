namespace GraphExplorer.Extraction.Llm.Reporting;

/// <summary>Sections done so far out of all sections seen so far in the run.</summary>
/// <param name="Done">Sections answered (from the model or the cache) or failed.</param>
/// <param name="Total">Sections seen.</param>
/// <param name="Document">The document the last finished section belongs to.</param>
public sealed record LlmSectionProgress(int Done, int Total, string Document);
