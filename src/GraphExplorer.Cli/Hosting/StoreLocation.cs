using GraphExplorer.Storage.Neo4j;

namespace GraphExplorer.Cli.Hosting;

/// <summary>Which store a command uses, from <c>--store</c>: a SQLite file path (the default), <c>neo4j</c>, or a Neo4j HTTP URI.</summary>
/// <param name="Kind">The kind of store.</param>
/// <param name="Value">The SQLite file path, or the Neo4j URI (null: from configuration/environment).</param>
internal sealed record StoreLocation(StoreKind Kind, string? Value)
{
    /// <summary>The environment variable that overrides the default SQLite path.</summary>
    public const string StoreEnvironmentVariable = "GRAPHEXPLORER_STORE";

    /// <summary>The default SQLite file, relative to the current directory.</summary>
    public static readonly string DefaultSqlitePath = Path.Combine(".graphexplorer", "graph.db");

    /// <summary>Reads <c>--store</c>: null or empty means <see cref="StoreEnvironmentVariable"/>, else <see cref="DefaultSqlitePath"/>.</summary>
    /// <param name="value">The option's value.</param>
    /// <returns>The store location.</returns>
    /// <exception cref="CliUsageException">A bolt:// or neo4j:// URI (the Query API speaks HTTP).</exception>
    public static StoreLocation Parse(string? value)
    {
        value = string.IsNullOrWhiteSpace(value) ? Environment.GetEnvironmentVariable(StoreEnvironmentVariable) : value.Trim();
        if (string.IsNullOrWhiteSpace(value))
        {
            return new StoreLocation(StoreKind.Sqlite, DefaultSqlitePath);
        }

        if (string.Equals(value, "neo4j", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreLocation(StoreKind.Neo4j, null);
        }

        if (value.Contains("://", StringComparison.Ordinal) && !Uri.TryCreate(value, UriKind.Absolute, out _))
        {
            throw new CliUsageException(
                $"--store '{Neo4jUris.Redact(value)}' is not a valid URI; give Neo4j's HTTP endpoint (e.g. http://localhost:7474), 'neo4j', or a SQLite file path.");
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && !uri.IsFile)
        {
            return uri.Scheme is "http" or "https"
                ? new StoreLocation(StoreKind.Neo4j, value)
                : throw new CliUsageException(
                    $"--store '{Neo4jUris.Redact(value)}': scheme '{uri.Scheme}' is not supported; GraphExplorer talks to Neo4j over its HTTP Query API (e.g. http://localhost:7474).");
        }

        return new StoreLocation(StoreKind.Sqlite, value);
    }

    /// <inheritdoc />
    /// <remarks>A Neo4j URI is shown without the credentials it may carry.</remarks>
    public override string ToString() => Kind == StoreKind.Sqlite ? $"SQLite {Value}" : $"Neo4j {(Value is null ? "(from NEO4J_URI)" : Neo4jUris.Redact(Value))}";
}
