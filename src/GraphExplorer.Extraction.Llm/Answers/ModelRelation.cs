namespace GraphExplorer.Extraction.Llm.Answers;

/// <summary>A relation as the model answered it, not yet verified: any field may be missing or wrong.</summary>
/// <param name="Source">The source name.</param>
/// <param name="Type">The relation type as written.</param>
/// <param name="Target">The target name.</param>
/// <param name="Line">The cited line number.</param>
/// <param name="Quote">The quote the model says is on that line.</param>
internal sealed record ModelRelation(string? Source, string? Type, string? Target, int? Line, string? Quote);
