namespace GraphExplorer.Api.Cypher.Screening;

/// <summary>
/// How Neo4j's Cypher 5 lexer (<c>Cypher5Lexer.g4</c>) classifies characters. Where the screen must choose, it splits
/// more than Neo4j does, never less: a character Neo4j reads as part of a name but the screen reads as a separator can
/// only make the screen see more words (and refuse more), never hide a keyword inside a name.
/// </summary>
internal static class CypherCharacters
{
    /// <summary>
    /// Neo4j's <c>SPACE</c> rule: tab, LF, VT, FF, CR, the information separators U+001C–U+001F, space, U+00A0,
    /// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    /// </summary>
    public static bool IsNeo4jSpace(char c) => c switch
    {
        '\t' or '\n' or '\u000B' or '\f' or '\r' => true,
        >= '\u001C' and <= '\u001F' => true,
        ' ' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' => true,
        '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        _ => false,
    };

    /// <summary>
    /// What the screen skips between tokens: Neo4j's <see cref="IsNeo4jSpace"/> and, to be safe, every other character
    /// .NET or Unicode calls white space or invisible (U+0085, U+180E, U+200B, U+FEFF), which Neo4j reads as part of a
    /// name: splitting there can only make the screen stricter.
    /// </summary>
    public static bool IsSeparator(char c) =>
        IsNeo4jSpace(c) || char.IsWhiteSpace(c) || c is '\u0085' or '\u180E' or '\u200B' or '\uFEFF';

    /// <summary>Neo4j's arrow-line and arrow-head characters besides ASCII <c>-</c>, <c>&lt;</c>, <c>&gt;</c>.</summary>
    public static bool IsUnicodeArrow(char c) =>
        c is '\u00AD' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\uFE58' or '\uFE63' or '\uFF0D'
            or '\u27E8' or '\u3008' or '\uFE64' or '\uFF1C' or '\u27E9' or '\u3009' or '\uFE65' or '\uFF1E';

    /// <summary>Whether a name may start with <paramref name="c"/>: an ASCII letter, <c>_</c>, or a non-ASCII letter.</summary>
    public static bool IsNameStart(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_'
        || (c > '\u007F' && !IsSeparator(c) && !IsUnicodeArrow(c) && (char.IsLetter(c) || char.IsSurrogate(c)));

    /// <summary>
    /// Whether a name may continue with <paramref name="c"/>: Neo4j's <c>PART_LETTER</c> (letters, digits, <c>$</c>,
    /// the C0/C1 control characters it lists, marks, currency signs…). Every non-ASCII character that is not a
    /// separator or an arrow counts, so that no run of name characters is cut short where Neo4j would not cut it.
    /// </summary>
    public static bool IsNamePart(char c) =>
        IsNameStart(c)
        || c is (>= '0' and <= '9') or '$' or (>= '\u0000' and <= '\u0008') or (>= '\u000E' and <= '\u001B') or '\u007F'
        || (c > '\u007F' && !IsSeparator(c) && (c == '\u00AD' || !IsUnicodeArrow(c)));
}
