namespace GraphExplorer.Api.Endpoints;

/// <summary>The answer of <c>GET /api/documents</c>.</summary>
/// <param name="Documents">The store's documents, ordered by source then path.</param>
public sealed record DocumentList(IReadOnlyList<DocumentListItem> Documents);

/// <summary>A document as the list shows it.</summary>
/// <param name="Source">The source (folder) it came from; with <paramref name="Path"/> it identifies the document.</param>
/// <param name="Path">Its path relative to that folder: evidence's <c>doc</c>.</param>
/// <param name="Hash">The SHA-256 of its bytes when ingested.</param>
/// <param name="Date">The <c>date:</c> of its front matter, or null.</param>
/// <param name="Entities">The entities it mentions.</param>
/// <param name="Edges">The relationships it gives evidence for.</param>
/// <param name="Lines">Its number of lines (0 when the store kept no text for it).</param>
public sealed record DocumentListItem(string Source, string Path, string Hash, string? Date, int Entities, int Edges, int Lines);

/// <summary>The answer of <c>GET /api/documents/{source}/{path}</c>: the document's text, line by line.</summary>
/// <param name="Source">Its source.</param>
/// <param name="Path">Its path.</param>
/// <param name="Hash">The SHA-256 of its bytes when ingested.</param>
/// <param name="Date">The <c>date:</c> of its front matter, or null.</param>
/// <param name="LineCount">How many lines the whole document has.</param>
/// <param name="Lines">The lines asked for (<c>from</c>..<c>to</c>, the whole document by default), numbered from 1 as evidence counts them.</param>
public sealed record DocumentContent(string Source, string Path, string Hash, string? Date, int LineCount, IReadOnlyList<DocumentLine> Lines);

/// <summary>One line of a document.</summary>
/// <param name="Number">Its 1-based number, as in evidence's <c>line</c>.</param>
/// <param name="Text">Its text.</param>
public sealed record DocumentLine(int Number, string Text);
