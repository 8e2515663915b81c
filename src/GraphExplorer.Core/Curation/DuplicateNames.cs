using System.Globalization;
using System.Text;
using GraphExplorer.Core.Entities;

namespace GraphExplorer.Core.Curation;

/// <summary>The name features duplicate suggestions compare: tokens by script, the compact form, and how two names relate.</summary>
internal static class DuplicateNames
{
    /// <summary>The name with only its letters and digits, in comparison form: <c>GPT-4</c>, <c>gpt 4</c> and <c>ＧＰＴ４</c> are all <c>gpt4</c>.</summary>
    public static string Compact(string normalized)
    {
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The name's words: runs of letters and digits, cut where the script changes (<c>智谱AI</c> is <c>智谱</c>, <c>ai</c>).</summary>
    public static IReadOnlyList<string> Tokens(string normalized)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var c = i < normalized.Length ? normalized[i] : ' ';
            var word = char.IsLetterOrDigit(c);
            if (start >= 0 && (!word || IsLatin(c) != IsLatin(normalized[start])))
            {
                tokens.Add(normalized[start..i]);
                start = -1;
            }

            if (word && start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }

    /// <summary>Whether the character is a Latin letter or a digit (as opposed to Han, kana, Hangul …).</summary>
    public static bool IsLatin(char c) => char.IsAscii(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.DecimalDigitNumber;

    /// <summary>How similar two compact names are by edit distance: 1 − distance / longer length; 0 when more than a quarter differs.</summary>
    public static double Similarity(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        if (longer == 0)
        {
            return 0;
        }

        var distance = EditDistance.Within(a, b, longer / 4);
        return distance is { } d ? 1.0 - ((double)d / longer) : 0;
    }

    /// <summary>
    /// Whether two names are versions of one thing rather than one name twice: the same letters with other digits
    /// (<c>Claude</c> / <c>Claude 3</c>, <c>DALL-E</c> / <c>DALL-E-2</c>), or one is the other plus only short words (<c>ERNIE-M</c>, <c>V2</c>).
    /// </summary>
    public static bool IsVersionOf(string compactA, IReadOnlyList<string> tokensA, string compactB, IReadOnlyList<string> tokensB)
    {
        var (lettersA, lettersB) = (new string([.. compactA.Where(c => !char.IsDigit(c))]), new string([.. compactB.Where(c => !char.IsDigit(c))]));
        var (digitsA, digitsB) = (new string([.. compactA.Where(char.IsDigit)]), new string([.. compactB.Where(char.IsDigit)]));
        if (lettersA == lettersB && digitsA != digitsB)
        {
            return true;
        }

        var (shorter, longer) = tokensA.Count <= tokensB.Count ? (tokensA, tokensB) : (tokensB, tokensA);
        return shorter.Count > 0 && shorter.Count < longer.Count && shorter.All(longer.Contains) && longer.Except(shorter).All(t => t.Length <= 2);
    }

    /// <summary>
    /// Whether two names of as many words differ in a word of at most four characters by a digit or a swapped letter
    /// (<c>A100</c> / <c>H100</c>, <c>GPT-4o</c> / <c>GPT-4V</c>): another model, not a typo (<c>Lab</c> / <c>Labs</c> is a typo).
    /// </summary>
    public static bool DiffersInAShortWord(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == b.Count && a.Zip(b).Any(p => p.First != p.Second && Math.Min(p.First.Length, p.Second.Length) <= 4
            && (p.First.Length == p.Second.Length || p.First.Any(char.IsDigit) || p.Second.Any(char.IsDigit)));

    /// <summary>Whether every word of the shorter name is a word of the longer (the shared Latin part: <c>Azure</c> in <c>Microsoft Azure</c>).</summary>
    public static bool IsPartOf(IReadOnlyList<string> shorter, IReadOnlyList<string> longer) =>
        shorter.Count > 0 && shorter.Count < longer.Count && shorter.All(longer.Contains);
}
