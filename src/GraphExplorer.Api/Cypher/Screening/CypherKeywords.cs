using System.Collections.Frozen;

namespace GraphExplorer.Api.Cypher.Screening;

/// <summary>
/// The keywords of Neo4j's Cypher 5 grammar that start clauses or commands, sorted into the read clauses a statement
/// may start with and those it may not contain at all (with the reason given to the user). A keyword is only a keyword
/// unquoted and outside a property name (<c>n.set</c>) or a parameter (<c>$set</c>); <c>`set`</c> is always a name.
/// </summary>
internal static class CypherKeywords
{
    private const string Writes = "writes to the graph; only reading is allowed here";
    private const string Administration = "is an administration command";

    /// <summary>The clauses a statement may begin with.</summary>
    public static readonly FrozenSet<string> ReadClauseStarts =
        new[] { "MATCH", "OPTIONAL", "UNWIND", "WITH", "RETURN", "CALL" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Keywords a read-only statement never contains, each with why.</summary>
    public static readonly FrozenDictionary<string, string> Refused = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["CREATE"] = Writes,
        ["MERGE"] = Writes,
        ["SET"] = Writes,
        ["DELETE"] = Writes,
        ["DETACH"] = Writes,
        ["NODETACH"] = Writes,
        ["REMOVE"] = Writes,
        ["FOREACH"] = Writes,
        ["INSERT"] = Writes,
        ["LOAD"] = "(LOAD CSV) reads files and URLs from the database server",
        ["USE"] = "switches to another database (e.g. system)",
        ["TRANSACTIONS"] = "(CALL … IN TRANSACTIONS) commits batches on its own",
        ["SHOW"] = Administration,
        ["TERMINATE"] = Administration,
        ["ALTER"] = Administration,
        ["DROP"] = Administration,
        ["GRANT"] = Administration,
        ["DENY"] = Administration,
        ["REVOKE"] = Administration,
        ["START"] = Administration,
        ["STOP"] = Administration,
        ["ENABLE"] = Administration,
        ["RENAME"] = Administration,
        ["DEALLOCATE"] = Administration,
        ["REALLOCATE"] = Administration,
        ["DRYRUN"] = Administration,
        ["EXPLAIN"] = "is a query prefix the service sets itself",
        ["PROFILE"] = "is a query prefix the service sets itself",
        ["CYPHER"] = "(query options) is a prefix the service does not accept",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
