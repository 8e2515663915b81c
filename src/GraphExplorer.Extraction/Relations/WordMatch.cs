namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Whether a span starts or ends with one of a list of words: the tests the rules and finders share (containment is
/// <see cref="CueSpans.ContainsAny"/>).
/// </summary>
internal static class WordMatch
{
    /// <summary>Whether <paramref name="text"/> starts with one of <paramref name="words"/>.</summary>
    public static bool StartsWithAny(ReadOnlySpan<char> text, string[] words, StringComparison comparison) =>
        StartingWord(text, words, comparison) is not null;

    /// <summary>The first of <paramref name="words"/> that <paramref name="text"/> starts with, or <see langword="null"/>.</summary>
    /// <remarks>
    /// For ordinal comparisons the first characters are compared first (as <see cref="EndsWithAny"/> compares the last).
    /// </remarks>
    public static string? StartingWord(ReadOnlySpan<char> text, string[] words, StringComparison comparison)
    {
        var ignoreCase = comparison == StringComparison.OrdinalIgnoreCase;
        var quick = !text.IsEmpty && (ignoreCase || comparison == StringComparison.Ordinal);
        var first = !quick ? '\0' : ignoreCase ? UpperInvariant(text[0]) : text[0];
        foreach (var word in words)
        {
            if (quick && word.Length > 0 && (ignoreCase ? UpperInvariant(word[0]) : word[0]) != first)
            {
                continue;
            }

            if (text.StartsWith(word, comparison))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> ends with one of <paramref name="words"/>.</summary>
    /// <remarks>
    /// The last characters are compared first (ordinal ignore-case equality holds character by character after
    /// <see cref="char.ToUpperInvariant"/>), so most words are ruled out without a full comparison.
    /// </remarks>
    public static bool EndsWithAny(ReadOnlySpan<char> text, string[] words, StringComparison comparison)
    {
        var ignoreCase = comparison == StringComparison.OrdinalIgnoreCase;
        var last = text.IsEmpty ? '\0' : ignoreCase ? UpperInvariant(text[^1]) : text[^1];
        foreach (var word in words)
        {
            if (word.Length == 0
                || (!text.IsEmpty && (ignoreCase ? UpperInvariant(word[^1]) : word[^1]) == last && text.EndsWith(word, comparison)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="char.ToUpperInvariant"/> without its call into the globalisation library for the characters that
    /// have no case: CJK (U+2E80 to U+9FFF) is its own upper case, and no other character upper-cases into it.
    /// </summary>
    internal static char UpperInvariant(char c) => c switch
    {
        < '\u0080' => char.IsAsciiLetterLower(c) ? (char)(c - ('a' - 'A')) : c,
        >= '\u2E80' and < '\uA000' => c,
        _ => char.ToUpperInvariant(c),
    };
}
