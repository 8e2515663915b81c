using System.Text.RegularExpressions;

namespace GraphExplorer.Api.Cypher;

/// <summary>
/// A first, cheap refusal of statements that write: clauses outside string literals and comments. The real
/// guarantee is the runner's read-only transaction; this only answers early and clearly.
/// </summary>
internal static partial class CypherStatementScreen
{
    /// <summary>Finds a writing clause, if any.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>The clause found (upper case), or <see langword="null"/>.</returns>
    public static string? FindWriteClause(string statement)
    {
        var code = LiteralsAndComments().Replace(statement, " ");
        var match = WriteClause().Match(code);
        return match.Success ? Regex.Replace(match.Value.ToUpperInvariant(), @"\s+", " ") : null;
    }

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""|`[^`]*`|//[^\n]*|/\*.*?\*/", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LiteralsAndComments();

    [GeneratedRegex(@"\b(?:CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV|CALL\s+(?:dbms|apoc|db\.(?:create|drop|index))|ALTER|GRANT|DENY|REVOKE|START|STOP)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WriteClause();
}
