namespace GraphExplorer.Bench;

/// <summary>Removes a bench store: the SQLite file with its WAL, shared-memory and writer-lock files.</summary>
internal static class StoreFiles
{
    /// <summary>Deletes the store file and its <c>-wal</c>, <c>-shm</c> and <c>.lock</c> companions, if present.</summary>
    /// <param name="path">The store file.</param>
    public static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + ".lock" })
        {
            File.Delete(file);
        }
    }
}
