namespace GraphExplorer.Testing;

/// <summary>Where the repository's data is, found from the test assembly's folder: the seeds, and the gold beside the repository.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test assembly holding <c>GraphExplorer.sln</c>.</summary>
    /// <exception cref="InvalidOperationException">No such folder (the tests run outside a checkout).</exception>
    public static string Root { get; } = FindRoot();

    /// <summary>The seed documents, <c>seeds/</c>.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The analyst's gold relations and entities, <c>../shared/gold</c> beside the repository (absent on some machines).</summary>
    public static string Gold => Path.GetFullPath(Path.Combine(Root, "..", "shared", "gold"));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphExplorer.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No GraphExplorer.sln above {AppContext.BaseDirectory}: run the tests from a checkout.");
    }
}
