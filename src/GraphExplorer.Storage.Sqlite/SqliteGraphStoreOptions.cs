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

    /// <summary>The smallest <see cref="MaxSizeBytes"/> accepted: 64 KiB, room for the empty schema.</summary>
    public const long MinMaxSizeBytes = 64 * 1024;

    /// <summary>The default <see cref="CacheSizeMegabytes"/>: 64 MiB.</summary>
    public const int DefaultCacheSizeMegabytes = 64;

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

    /// <summary>
    /// Gets or sets the largest size, in bytes, the store file may grow to (SQLite's <c>PRAGMA max_page_count</c>).
    /// A write that would pass it fails with a <see cref="SqliteGraphStoreException"/> saying the store is full, as on
    /// a full disk, and leaves the previous state. A size-limited store does not pool its connections.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: no limit but the disk's. At least 64 KiB when set.</value>
    [Range(MinMaxSizeBytes, long.MaxValue)]
    public long? MaxSizeBytes { get; set; }

    /// <summary>
    /// Gets or sets the page cache of each connection, in MiB (SQLite's <c>PRAGMA cache_size</c>). Writes to a large
    /// store touch index pages all over the file; SQLite's own default (2 MiB) makes them read pages back from disk.
    /// The memory is used only as pages are touched; durability does not depend on it.
    /// </summary>
    /// <value>The default value is <see cref="DefaultCacheSizeMegabytes"/>. Between 1 and 4096.</value>
    [Range(1, 4096)]
    public int CacheSizeMegabytes { get; set; } = DefaultCacheSizeMegabytes;

    /// <summary>
    /// Gets or sets whether <c>AddSqliteGraphStore</c> leaves out the store's readiness check. Read from configuration
    /// when the store is registered.
    /// </summary>
    /// <value>The default value is <see langword="false"/>: the check is registered.</value>
    public bool DisableHealthChecks { get; set; }
}
