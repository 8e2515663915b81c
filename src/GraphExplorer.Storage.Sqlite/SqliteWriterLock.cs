using GraphExplorer.Core.Storage;

namespace GraphExplorer.Storage.Sqlite;

/// <summary>
/// The store's writer lock: an exclusive lock on <c>{store}.lock</c> beside the store file (an OS file lock, so a
/// process that dies releases it). Held for a whole ingestion, so two ingestions never interleave.
/// </summary>
internal sealed class SqliteWriterLock : IAsyncDisposable
{
    private readonly FileStream _stream;

    private SqliteWriterLock(FileStream stream) => _stream = stream;

    /// <summary>The lock file of a store file.</summary>
    /// <param name="storePath">The store file's full path.</param>
    /// <returns>The lock file's path.</returns>
    public static string LockPath(string storePath) => storePath + ".lock";

    /// <summary>Takes the lock, or fails at once when another writer holds it.</summary>
    /// <param name="storePath">The store file's full path.</param>
    /// <returns>The held lock.</returns>
    /// <exception cref="GraphStoreBusyException">Another writer (this process or another) holds it.</exception>
    public static SqliteWriterLock Acquire(string storePath)
    {
        var path = LockPath(storePath);
        try
        {
            // FileShare.None is an exclusive lock (flock on Unix, a share lock on Windows): a second holder fails.
            return new SqliteWriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new GraphStoreBusyException(
                $"The graph store '{storePath}' is being written by another ingestion (it holds '{path}'): "
                + "wait for it to finish, then run again.",
                ex);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}
