namespace GraphExplorer.Api.Cypher.Screening;

/// <summary>What a <see cref="CypherToken"/> is, in the terms of Neo4j's Cypher 5 lexer.</summary>
internal enum CypherTokenKind
{
    /// <summary>An unquoted identifier or keyword (<c>MATCH</c>, <c>n</c>, <c>db</c>).</summary>
    Word,

    /// <summary>A backtick-quoted name (<c>`dbms`</c>): always a name, never a keyword.</summary>
    QuotedName,

    /// <summary>A string literal in single or double quotes.</summary>
    String,

    /// <summary>A number literal.</summary>
    Number,

    /// <summary>Punctuation or an operator (<c>(</c>, <c>.</c>, <c>..</c>, <c>$</c>, <c>;</c>).</summary>
    Symbol,
}
