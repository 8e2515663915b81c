using System.Globalization;

namespace GraphExplorer.Api.Cypher.Screening;

/// <summary>
/// Splits a Cypher statement into tokens by the rules of Neo4j's Cypher 5 lexer: Unicode escapes replaced first
/// (<see cref="CypherUnicodeEscapes"/>), Neo4j's white space (<see cref="CypherCharacters"/>) and <c>//</c> and
/// <c>/* */</c> comments skipped, string literals with backslash escapes, backtick-quoted names with doubled
/// backticks. Whatever Neo4j would not read as one token (an unterminated string, comment or name, a stray character)
/// is an error, never guessed at.
/// </summary>
internal static class CypherLexer
{
    private static readonly string[] TwoCharacterSymbols = ["..", "::", "<=", ">=", "<>", "!=", "=~", "+=", "||", "->", "<-"];

    /// <summary>Reads every token of <paramref name="statement"/>.</summary>
    /// <param name="statement">The statement as sent.</param>
    /// <returns>The tokens, in order; comments and white space are not tokens.</returns>
    /// <exception cref="CypherSyntaxException">The statement cannot be read as Cypher tokens.</exception>
    public static IReadOnlyList<CypherToken> Tokenize(string statement)
    {
        var text = CypherUnicodeEscapes.Replace(statement, out var offsets);
        var tokens = new List<CypherToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            int end;
            if (CypherCharacters.IsSeparator(c))
            {
                i++;
                continue;
            }
            else if (c == '/' && next == '/')
            {
                end = i + 2;
                while (end < text.Length && text[end] is not ('\n' or '\r'))
                {
                    end++;
                }

                i = end;
                continue;
            }
            else if (c == '/' && next == '*')
            {
                end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? throw Error("A /* comment is never closed", i, offsets) : end + 2;
                continue;
            }
            else if (c is '\'' or '"')
            {
                end = EndOfString(text, i, offsets);
                tokens.Add(new CypherToken(CypherTokenKind.String, text[(i + 1)..(end - 1)], offsets[i]));
            }
            else if (c == '`')
            {
                end = EndOfQuotedName(text, i, offsets);
                tokens.Add(new CypherToken(CypherTokenKind.QuotedName, text[(i + 1)..(end - 1)].Replace("``", "`", StringComparison.Ordinal), offsets[i]));
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(next)))
            {
                end = EndOfNumber(text, i);
                tokens.Add(new CypherToken(CypherTokenKind.Number, text[i..end], offsets[i]));
            }
            else if (CypherCharacters.IsNameStart(c))
            {
                end = i + 1;
                while (end < text.Length && CypherCharacters.IsNamePart(text[end]))
                {
                    end++;
                }

                tokens.Add(new CypherToken(CypherTokenKind.Word, text[i..end], offsets[i]));
            }
            else if (IsSymbol(c))
            {
                end = i + (TwoCharacterSymbols.Any(s => s[0] == c && s[1] == next) ? 2 : 1);
                tokens.Add(new CypherToken(CypherTokenKind.Symbol, text[i..end], offsets[i]));
            }
            else
            {
                throw Error($"Unexpected character U+{(int)c:X4}", i, offsets);
            }

            i = end;
        }

        return tokens;
    }

    private static int EndOfString(string text, int start, int[] offsets)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++; // Any character may follow a backslash.
            }
            else if (text[i] == quote)
            {
                return i + 1;
            }
        }

        throw Error("A string literal is never closed", start, offsets);
    }

    private static int EndOfQuotedName(string text, int start, int[] offsets)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '`')
            {
                if (i + 1 < text.Length && text[i + 1] == '`')
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
        }

        throw Error("A `quoted name` is never closed", start, offsets);
    }

    /// <summary>A number runs on through name characters (<c>1e5</c>, <c>0x1F</c>, <c>1_000</c>) and a dot followed by a digit.</summary>
    private static int EndOfNumber(string text, int start)
    {
        var end = start + 1;
        while (end < text.Length
            && (CypherCharacters.IsNamePart(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            end++;
        }

        return end;
    }

    private static bool IsSymbol(char c) => "()[]{},.:;|=<>+-*/%^!&?$".Contains(c, StringComparison.Ordinal) || CypherCharacters.IsUnicodeArrow(c);

    private static CypherSyntaxException Error(string what, int index, int[] offsets)
    {
        var offset = index < offsets.Length ? offsets[index] : offsets.LastOrDefault();
        return new CypherSyntaxException(string.Create(CultureInfo.InvariantCulture, $"{what} (at offset {offset})."), offset);
    }
}
