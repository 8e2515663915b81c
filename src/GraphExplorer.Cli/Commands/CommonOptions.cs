using System.CommandLine;

namespace GraphExplorer.Cli.Commands;

/// <summary>Options several commands share, made fresh for each command.</summary>
internal static class CommonOptions
{
    public static Option<string?> Store() => new("--store")
    {
        Description = "The store: a SQLite file (default .graphexplorer/graph.db, or $GRAPHEXPLORER_STORE), 'neo4j' (NEO4J_URI etc.), or a Neo4j http(s):// URI.",
    };

    public static Option<string> Format(params string[] formats) => new Option<string>("--format")
    {
        Description = $"Output format: {string.Join(", ", formats)}.",
        DefaultValueFactory = _ => formats[0],
    }.AcceptOnlyFromAmong(formats);
}
