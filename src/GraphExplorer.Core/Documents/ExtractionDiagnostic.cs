namespace GraphExplorer.Core.Documents;

/// <summary>Something the extractor noticed and could not use: bad content is data, not an exception.</summary>
/// <param name="Document">The document's path relative to the ingested folder.</param>
/// <param name="Line">The 1-based line, or 0 for the whole document.</param>
/// <param name="Message">What was wrong.</param>
public sealed record ExtractionDiagnostic(string Document, int Line, string Message);
