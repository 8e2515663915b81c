namespace GraphExplorer.Cli.Hosting;

/// <summary>Finds a folder such as <c>seeds</c> or <c>shared/gold</c> in a directory or the nearest parent that has it.</summary>
internal static class FolderSearch
{
    /// <summary>Looks for <paramref name="relativePath"/> under <paramref name="start"/>, then under each parent in turn.</summary>
    /// <param name="start">The directory to start from.</param>
    /// <param name="relativePath">The folder's path relative to the directory that holds it.</param>
    /// <returns>The folder's full path, or <see langword="null"/> when no directory up to the root has it.</returns>
    public static string? FindUpwards(string start, string relativePath)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
