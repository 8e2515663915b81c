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
        var length = text.ToLowerInvariant(lower);
        var folded = lower[..length];
        foreach (var word in _words)
        {
            if (folded.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
