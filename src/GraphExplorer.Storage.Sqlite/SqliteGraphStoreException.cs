namespace GraphExplorer.Storage.Sqlite;

/// <summary>The store file cannot be used: it is not a SQLite database, it is locked, or it cannot be opened.</summary>
/// <remarks>The message names the file and says what to do; <see cref="Exception.InnerException"/> holds SQLite's error.</remarks>
public sealed class SqliteGraphStoreException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="path">The full path of the store file.</param>
    /// <param name="message">What is wrong, naming the file.</param>
    /// <param name="innerException">SQLite's error, if any.</param>
    public SqliteGraphStoreException(string path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The full path of the store file.</summary>
    public string Path { get; }
}
