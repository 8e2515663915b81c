namespace GraphExplorer.Cli.Hosting;

/// <summary>The stores the CLI can use.</summary>
internal enum StoreKind
{
    /// <summary>The embedded SQLite file (default).</summary>
    Sqlite,

    /// <summary>Neo4j over its HTTP Query API.</summary>
    Neo4j,
}
