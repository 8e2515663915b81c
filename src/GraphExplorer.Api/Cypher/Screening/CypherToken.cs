namespace GraphExplorer.Api.Cypher.Screening;

/// <summary>One token of a Cypher statement.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">Its text after Unicode escapes are replaced; a quoted name's text is the name itself (backticks removed, doubled backticks made single).</param>
/// <param name="Offset">Where it starts in the statement as sent, in UTF-16 code units.</param>
internal readonly record struct CypherToken(CypherTokenKind Kind, string Text, int Offset)
{
    /// <summary>Whether this is the symbol <paramref name="symbol"/>.</summary>
    public bool Is(string symbol) => Kind == CypherTokenKind.Symbol && Text == symbol;

    /// <summary>Whether this is an unquoted word equal to <paramref name="keyword"/>, ignoring case (keywords are case-insensitive).</summary>
    public bool IsKeyword(string keyword) => Kind == CypherTokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this token can be part of a (possibly dotted) name: a word or a quoted name.</summary>
    public bool IsName => Kind is CypherTokenKind.Word or CypherTokenKind.QuotedName;
}
