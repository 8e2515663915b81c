using System.Globalization;
using System.Text;

namespace GraphExplorer.Api.Cypher.Screening;

/// <summary>
/// Replaces <c>\uXXXX</c> escapes across the whole statement before it is lexed, as Neo4j's
/// <c>UnicodeEscapeReplacementReader</c> does: not only inside strings, so <c>\u004cOAD CSV</c> is <c>LOAD CSV</c>
/// and <c>\u0027</c> opens a string. A backslash escaped by the backslash before it starts no escape; a backslash
/// produced by an escape escapes nothing.
/// </summary>
internal static class CypherUnicodeEscapes
{
    /// <summary>Replaces the escapes.</summary>
    /// <param name="statement">The statement as sent.</param>
    /// <param name="offsets">For each character of the result, its offset in <paramref name="statement"/>.</param>
    /// <returns>The statement with every escape replaced by its character.</returns>
    /// <exception cref="CypherSyntaxException">An escape is not followed by four hexadecimal digits.</exception>
    public static string Replace(string statement, out int[] offsets)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var result = new StringBuilder(statement.Length);
        var map = new List<int>(statement.Length);
        var escaped = false;
        var position = 0;
        while (position < statement.Length)
        {
            var c = statement[position];
            var isReplacement = !escaped && c == '\\' && position + 1 < statement.Length && statement[position + 1] == 'u';
            if (isReplacement)
            {
                c = Parse(statement, position);
            }

            escaped = !escaped && !isReplacement && c == '\\';
            result.Append(c);
            map.Add(position);
            position += isReplacement ? 6 : 1;
        }

        offsets = [.. map];
        return result.ToString();
    }

    private static char Parse(string statement, int position)
    {
        var start = Math.Min(position + 2, statement.Length);
        var hex = statement.AsSpan(start, Math.Min(4, statement.Length - start));
        return hex.Length == 4 && ushort.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            ? (char)code
            : throw new CypherSyntaxException(
                $"The Unicode escape at offset {position} is not followed by four hexadecimal digits.", position);
    }
}
