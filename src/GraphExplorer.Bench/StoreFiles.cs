namespace GraphExplorer.Bench;

/// <summary>Removes a bench store: the SQLite file with its WAL and shared-memory files.</summary>
internal static class StoreFiles
{
    /// <summary>Deletes the store file and its <c>-wal</c> and <c>-shm</c> companions, if present.</summary>
    /// <param name="path">The store file.</param>
    public static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
