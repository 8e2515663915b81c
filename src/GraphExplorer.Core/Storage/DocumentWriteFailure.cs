namespace GraphExplorer.Core.Storage;

/// <summary>A document of a batch that was rolled back alone, and why.</summary>
/// <param name="Document">The document's path relative to its source folder, as its graph gave it.</param>
/// <param name="Error">Why it could not be written: an <see cref="ArgumentException"/> for a malformed graph, or the store's error.</param>
public sealed record DocumentWriteFailure(string Document, Exception Error);
