namespace GraphExplorer.Extraction.Tests;

/// <summary>Finds the repository (the folder holding GraphExplorer.sln), its seeds and the shared gold beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "GraphExplorer.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"No GraphExplorer.sln above {AppContext.BaseDirectory}.");
        }
    }

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Gold => Path.GetFullPath(Path.Combine(Root, "..", "shared", "gold"));

    public static bool HasGold => File.Exists(Path.Combine(Gold, GraphExplorer.Extraction.Scoring.GoldData.RelationsFileName));
}
