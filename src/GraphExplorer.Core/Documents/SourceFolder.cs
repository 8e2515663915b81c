namespace GraphExplorer.Core.Documents;

/// <summary>A folder a store holds documents from.</summary>
/// <param name="Name">Its short unique name, e.g. <c>seeds</c> or <c>notes-2</c>; documents and evidence carry it.</param>
/// <param name="Root">The folder's full path when last ingested; <see langword="null"/> for <see cref="SourceNames.Default"/> in a store written before sources existed.</param>
public sealed record SourceFolder(string Name, string? Root);
