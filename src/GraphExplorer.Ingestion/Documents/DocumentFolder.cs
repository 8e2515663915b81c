namespace GraphExplorer.Ingestion.Documents;

/// <summary>Finds the documents of a folder: .md and .txt files, recursively, hidden ones left out; an unreadable folder is an error.</summary>
internal static class DocumentFolder
{
    // IgnoreInaccessible (true by default) would make a folder that cannot be read look empty, and its documents
    // would leave the graph: an error is the safe answer.
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <summary>Lists the documents of a folder.</summary>
    /// <param name="root">The folder's full path.</param>
    /// <returns>Each document's relative path (forward slashes, the document id) and full path, in ordinal order.</returns>
    /// <exception cref="UnauthorizedAccessException">The folder, or a folder inside it, cannot be read; the message names both.</exception>
    /// <exception cref="IOException">The folder cannot be listed for another reason; the message names it.</exception>
    public static IReadOnlyList<(string Document, string Path)> Enumerate(string root)
    {
        try
        {
            return Directory.EnumerateFiles(root, "*", Recursive)
                .Where(path => IngestionOptions.Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
                .Select(path => (Document: Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'), Path: path))
                .OrderBy(file => file.Document, StringComparer.Ordinal)
                .ToArray();
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new UnauthorizedAccessException($"The folder to ingest, '{root}', cannot be read: {ex.Message}", ex);
        }
        catch (IOException ex) when (ex is not DirectoryNotFoundException)
        {
            throw new IOException($"The folder to ingest, '{root}', cannot be listed: {ex.Message}", ex);
        }
    }
}
