namespace GraphExplorer.Extraction.Llm.Reporting;

/// <summary>A section the model could not answer usably, after retries.</summary>
/// <param name="Document">The document's path relative to the ingested folder.</param>
/// <param name="FirstLine">The section's first line.</param>
/// <param name="LastLine">The section's last line.</param>
/// <param name="Reason">Why (status, timeout, malformed JSON …); never the API key.</param>
public sealed record SectionFailure(string Document, int FirstLine, int LastLine, string Reason);
