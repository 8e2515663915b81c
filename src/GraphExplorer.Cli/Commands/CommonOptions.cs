using System.CommandLine;

namespace GraphExplorer.Cli.Commands;

/// <summary>Options several commands share, made fresh for each command.</summary>
internal static class CommonOptions
{
    public static Option<string?> Store() => new("--store")
    {
        Description = "The store: a SQLite file (default .graphexplorer/graph.db, or $GRAPHEXPLORER_STORE), 'neo4j' (NEO4J_URI etc.), or a Neo4j http(s):// URI.",
    };

    /// <summary>An optional whole-number option whose parse error names the option and the value, not a .NET type.</summary>
    public static Option<int?> WholeNumber(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            result.AddError($"{name} must be a whole number; got '{text}'.");
            return null;
        },
    };

    public static Option<string> Format(params string[] formats) => new Option<string>("--format")
    {
        Description = $"Output format: {string.Join(", ", formats)}.",
        DefaultValueFactory = _ => formats[0],
    }.AcceptOnlyFromAmong(formats);
}
