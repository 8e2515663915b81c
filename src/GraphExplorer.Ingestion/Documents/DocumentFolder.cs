namespace GraphExplorer.Ingestion.Documents;

/// <summary>Finds the documents of a folder: .md and .txt files, recursively, hidden ones left out.</summary>
internal static class DocumentFolder
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <summary>Lists the documents of a folder.</summary>
    /// <param name="root">The folder's full path.</param>
    /// <returns>Each document's relative path (forward slashes, the document id) and full path, in ordinal order.</returns>
    public static IReadOnlyList<(string Document, string Path)> Enumerate(string root) =>
        Directory.EnumerateFiles(root, "*", Recursive)
            .Where(path => IngestionOptions.Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Select(path => (Document: Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'), Path: path))
            .OrderBy(file => file.Document, StringComparer.Ordinal)
            .ToArray();
}
