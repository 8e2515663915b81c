using System.ComponentModel.DataAnnotations;

namespace GraphExplorer.Storage.Sqlite;

/// <summary>Settings of the embedded SQLite graph store.</summary>
/// <remarks>
/// Bound from the <see cref="SectionName"/> configuration section; a <c>ConnectionStrings:{name}</c> entry
/// (a path, or a connection string with <c>Data Source=</c>) wins over <see cref="Path"/>.
/// </remarks>
public sealed class SqliteGraphStoreOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphExplorer:Sqlite";

    /// <summary>The connection name used when none is given (<c>ConnectionStrings:graph</c>).</summary>
    public const string DefaultConnectionName = "graph";

    /// <summary>The store file used when none is configured: <c>graph.db</c> in the current directory.</summary>
    public const string DefaultPath = "graph.db";

    /// <summary>The default <see cref="BusyTimeout"/>: 5 seconds.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets the path of the store file; relative paths are resolved against the current directory.</summary>
    /// <value>The default value is <see cref="DefaultPath"/> (<c>graph.db</c>).</value>
    [Required]
    public string Path { get; set; } = DefaultPath;

    /// <summary>
    /// Gets or sets how long a command waits for a lock another process holds on the file before it fails
    /// with a <see cref="SqliteGraphStoreException"/> saying the store is locked. Whole seconds are used.
    /// </summary>
    /// <value>The default value is 5 seconds. Between 1 second and 10 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan BusyTimeout { get; set; } = DefaultBusyTimeout;
}
