namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// A fixed list of lower-case words, asked whether a piece of text lower-cased is one of them — the same answer as
/// <c>Array.IndexOf(words, text.ToLowerInvariant()) &gt;= 0</c> without a string per question: lower-casing keeps the
/// length, so text longer than the longest word is no word, and the rest is lower-cased into a stack buffer.
/// </summary>
internal sealed class LowerWords
{
    private readonly string[] _words;
    private readonly int _maxLength;

    /// <summary>Creates the list.</summary>
    /// <param name="words">The words, lower case.</param>
    public LowerWords(params string[] words)
    {
        _words = words;
        _maxLength = words.Length == 0 ? 0 : words.Max(w => w.Length);
    }

    /// <summary>Whether <paramref name="text"/>, lower-cased (invariant culture), is one of the words.</summary>
    public bool Contains(ReadOnlySpan<char> text)
    {
        if (text.Length > _maxLength)
        {
            return false;
        }

        Span<char> lower = stackalloc char[_maxLength];
        var folded = lower[..text.Length];
        if (!TryLowerSimple(text, folded))
        {
            text.ToLowerInvariant(folded);
        }

        foreach (var word in _words)
        {
            if (folded.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Lower-cases ASCII letter by letter and copies characters that have no case (CJK punctuation U+3000–U+303F,
    /// ideographs U+4E00–U+9FFF, full-width punctuation U+FF00–U+FF20, — and ·) as they are: the invariant lower
    /// case without a call into ICU. False, with <paramref name="lower"/> partly written, when another character comes.
    /// </summary>
    private static bool TryLowerSimple(ReadOnlySpan<char> text, Span<char> lower)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAscii(c))
            {
                lower[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
            else if (c is (>= '\u3000' and <= '\u303F') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uFF00' and <= '\uFF20') or '\u2014' or '\u00B7')
            {
                lower[i] = c;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
