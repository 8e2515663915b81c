namespace GraphExplorer.Extraction.Relations;

/// <summary>Where capitalised Latin names start and end (see <see cref="MentionFinder"/>).</summary>
internal sealed partial class MentionFinder
{
    /// <summary>
    /// Where a Latin name starting at <paramref name="start"/> ends: words of letters and digits joined by <c>-.·'+&amp;</c>,
    /// further words only when capitalised or numeric (<c>Speech From Brain</c>); <paramref name="start"/> when none starts there.
    /// </summary>
    private static int LatinNameEnd(string text, int start)
    {
        if (!char.IsAsciiLetter(text[start]) || (start > 0 && (IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '_' or '-')))
        {
            return start;
        }

        var end = WordEnd(text, start);
        if (!HasUpperOrDigit(text.AsSpan(start, end - start)))
        {
            return end;
        }

        while (end + 1 < text.Length && text[end] == ' ' && (char.IsAsciiLetterUpper(text[end + 1]) || char.IsAsciiDigit(text[end + 1])))
        {
            end = WordEnd(text, end + 1);
        }

        // A lower-case version belongs to the name too: Eleven v3.
        return Discovery.NameTails.End(text, end);
    }

    private static int WordEnd(string text, int i)
    {
        while (true)
        {
            while (i < text.Length && IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var possessive = i < text.Length && text[i] is '\'' or '’' && i + 1 < text.Length && text[i + 1] == 's' && (i + 2 >= text.Length || !char.IsAsciiLetterOrDigit(text[i + 2]));
            if (i + 1 < text.Length && !possessive && text[i] is '-' or '.' or '·' or '\'' or '+' or '&' && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }
    }

    /// <summary>An ASCII letter or digit, or a Latin letter with a diacritic (<c>Schrödinger</c>, <c>Mistral Médical</c>).</summary>
    private static bool IsLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c) || (c is >= '\u00C0' and <= '\u024F' && c is not ('\u00D7' or '\u00F7'));

    private bool LooksLikeName(ReadOnlySpan<char> token)
    {
        var space = token.IndexOf(' ');
        var first = space < 0 ? token : token[..space];
        return HasUpperOrDigit(first) && !catalogue.IsGenericTerm(first) && !catalogue.IsGenericTerm(token);
    }

    private static bool HasUpperOrDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
