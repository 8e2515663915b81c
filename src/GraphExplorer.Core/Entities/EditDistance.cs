namespace GraphExplorer.Core.Entities;

/// <summary>Levenshtein distance with a ceiling, for "did you mean" suggestions: every store uses the same rule.</summary>
public static class EditDistance
{
    /// <summary>How many edits a typo of a name may have: one per three characters, at least 1 and at most 3.</summary>
    /// <param name="length">The length of the name typed, in its comparison form.</param>
    /// <returns>The largest edit distance that still counts as "did you mean".</returns>
    public static int TypoAllowance(int length) => Math.Clamp(length / 3, 1, 3);

    /// <summary>Computes the edit distance between two strings, giving up past <paramref name="max"/>.</summary>
    /// <param name="a">One string.</param>
    /// <param name="b">The other.</param>
    /// <param name="max">The largest distance of interest.</param>
    /// <returns>The distance, or <see langword="null"/> when it exceeds <paramref name="max"/>.</returns>
    public static int? Within(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return null;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max)
            {
                return null;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length] <= max ? previous[b.Length] : null;
    }
}
