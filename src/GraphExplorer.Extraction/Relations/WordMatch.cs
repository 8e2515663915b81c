namespace GraphExplorer.Extraction.Relations;

/// <summary>Whether a span starts, ends or contains one of a list of words: the tests the rules and finders share.</summary>
internal static class WordMatch
{
    /// <summary>Whether <paramref name="text"/> starts with one of <paramref name="words"/>.</summary>
    public static bool StartsWithAny(ReadOnlySpan<char> text, string[] words, StringComparison comparison)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, comparison))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> ends with one of <paramref name="words"/>.</summary>
    public static bool EndsWithAny(ReadOnlySpan<char> text, string[] words, StringComparison comparison)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word, comparison))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> contains one of <paramref name="words"/>.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> text, string[] words, StringComparison comparison)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, comparison))
            {
                return true;
            }
        }

        return false;
    }
}
