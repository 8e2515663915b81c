namespace GraphExplorer.Ingestion.Documents;

/// <summary>
/// Finds the documents of a folder: .md and .txt files, recursively, hidden ones left out; an unreadable folder is
/// an error. Symbolic links are not followed unless asked; followed links must resolve inside the folder, and a
/// link back to a folder already being read (a cycle) is refused.
/// </summary>
internal static class DocumentFolder
{
    // IgnoreInaccessible (true by default) would make a folder that cannot be read look empty, and its documents
    // would leave the graph: an error is the safe answer.
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <summary>Lists the documents of a folder.</summary>
    /// <param name="root">The folder's full path.</param>
    /// <param name="followSymlinks">Whether to follow symbolic links (inside the folder only).</param>
    /// <returns>The files, in ordinal order of their relative paths; refused ones carry the reason.</returns>
    /// <exception cref="UnauthorizedAccessException">The folder, or a folder inside it, cannot be read; the message names both.</exception>
    /// <exception cref="IOException">The folder cannot be listed for another reason; the message names it.</exception>
    public static IReadOnlyList<DocumentFile> Enumerate(string root, bool followSymlinks = false)
    {
        try
        {
            var realRoot = RealPath(root);
            var files = new List<DocumentFile>();
            var reading = new HashSet<string>(StringComparer.Ordinal) { realRoot };
            Walk(root, string.Empty, realRoot, followSymlinks, reading, files);
            return [.. files.OrderBy(f => f.Document, StringComparer.Ordinal)];
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

    private static void Walk(string folder, string relative, string realRoot, bool follow, HashSet<string> reading, List<DocumentFile> files)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(folder, "*", OneLevel))
        {
            var name = Path.GetFileName(path);
            var document = relative.Length == 0 ? name : $"{relative}/{name}";
            var isDirectory = Directory.Exists(path);
            if (!isDirectory && !IsDocument(name))
            {
                continue;
            }

            FileSystemInfo info = isDirectory ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.LinkTarget is { } linkTarget)
            {
                if (!follow)
                {
                    files.Add(new DocumentFile(document, path, $"symbolic link to '{linkTarget}', not followed (--follow-symlinks follows links inside the folder)"));
                    continue;
                }

                var target = ResolveInside(path, realRoot, out var problem);
                if (target is null)
                {
                    files.Add(new DocumentFile(document, path, problem));
                    continue;
                }

                if (isDirectory)
                {
                    WalkFolder(path, document, target, realRoot, follow, reading, files);
                }
                else
                {
                    files.Add(new DocumentFile(document, target));
                }

                continue;
            }

            if (isDirectory)
            {
                WalkFolder(path, document, RealPath(path), realRoot, follow, reading, files);
            }
            else
            {
                files.Add(name.Contains('\uFFFD', StringComparison.Ordinal)
                    ? new DocumentFile(document, path, "the file name is not valid UTF-8 (undecodable bytes shown as \uFFFD): rename it to ingest it")
                    : new DocumentFile(document, path));
            }
        }
    }

    private static void WalkFolder(
        string path, string document, string real, string realRoot, bool follow, HashSet<string> reading, List<DocumentFile> files)
    {
        if (!reading.Add(real))
        {
            files.Add(new DocumentFile(document, path, $"symbolic link cycle: '{real}' is already being read"));
            return;
        }

        Walk(path, document, realRoot, follow, reading, files);
        reading.Remove(real);
    }

    private static bool IsDocument(string name) => IngestionOptions.Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);

    /// <summary>A link's final target when it exists inside the folder; otherwise null and why.</summary>
    private static string? ResolveInside(string link, string realRoot, out string? problem)
    {
        string real;
        try
        {
            real = RealPath(link);
        }
        catch (IOException ex)
        {
            problem = $"symbolic link cannot be resolved: {ex.Message}";
            return null;
        }

        if (!File.Exists(real) && !Directory.Exists(real))
        {
            problem = $"broken symbolic link: '{real}' does not exist";
            return null;
        }

        var inside = real == realRoot || real.StartsWith(Path.TrimEndingDirectorySeparator(realRoot) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        problem = inside ? null : $"symbolic link to '{real}', outside the folder: refused";
        return inside ? real : null;
    }

    /// <summary>The path with every symbolic link along it resolved (as realpath(3) does).</summary>
    /// <exception cref="IOException">Too many levels of links.</exception>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var rootPart = Path.GetPathRoot(full) ?? string.Empty;
        var current = rootPart;
        foreach (var part in full[rootPart.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(current, part);
            var info = Directory.Exists(candidate) ? (FileSystemInfo)new DirectoryInfo(candidate) : new FileInfo(candidate);
            current = info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target
                ? RealPath(target.FullName)
                : candidate;
        }

        return current;
    }
}
