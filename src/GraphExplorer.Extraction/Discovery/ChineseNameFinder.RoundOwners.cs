using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>The company a round is named after: <c>播岚的天使轮由…</c>, <c>穹象B轮由…领投</c> (see <see cref="ChineseNameFinder"/>).</summary>
internal static partial class ChineseNameFinder
{
    /// <summary>Round labels written before 轮 without a letter (<c>天使轮</c>, <c>种子轮</c>, <c>新一轮</c>).</summary>
    private static readonly string[] RoundWords = ["天使", "种子", "新一", "首", "战略", "上一", "最新一"];

    /// <summary>The longest Latin label before 轮 (<c>Pre-A+</c>).</summary>
    private const int MaxRoundLetters = 6;

    /// <summary>
    /// A short run opening a clause right before a round's label (with or without 的) names the round's company:
    /// <c>播岚的天使轮由汀芦资本投资</c>. Anaphors and generic words (<c>该公司</c>, <c>公司</c>) are not names.
    /// </summary>
    private static void FindRoundOwners(string text, List<(int Start, int End)> covered, Func<ReadOnlySpan<char>, bool> isGeneric, List<DiscoveredName> into)
    {
        for (var round = text.IndexOf('轮'); round > 0; round = round + 1 < text.Length ? text.IndexOf('轮', round + 1) : -1)
        {
            var label = RoundLabelStart(text, round);
            if (label <= 0)
            {
                continue;
            }

            var end = text[label - 1] == '的' ? label - 1 : label;
            var start = WalkLeft(text, end, MaxBoundedName, covered);
            if (start >= 0 && end - start >= MinName && !IsCovered(covered, end - 1) && IsClauseStart(text, start, covered)
                && IsPlausible(text.AsSpan(start, end - start), isGeneric) && !IsPersonName(text.AsSpan(start, end - start))
                && !WordMatch.StartsWithAny(text.AsSpan(start), ObjectStarts, StringComparison.Ordinal))
            {
                Add(covered, into, new DiscoveredName(start, end, MentionOrigin.Candidate, EntityType.Company), end);
            }
        }
    }

    /// <summary>Where the label of the round whose 轮 is at <paramref name="round"/> starts, or -1 (<c>A轮</c>, <c>B+轮</c>, <c>天使轮</c>).</summary>
    private static int RoundLabelStart(string text, int round)
    {
        var start = round;
        while (start > 0 && round - start < MaxRoundLetters && (char.IsAsciiLetterUpper(text[start - 1]) || text[start - 1] is '+' or '-' || (char.IsAsciiLetterLower(text[start - 1]) && start - 1 > 0 && text[start - 2] == 'P')))
        {
            start--;
        }

        if (start < round)
        {
            return start;
        }

        foreach (var word in RoundWords)
        {
            if (round >= word.Length && text.AsSpan(round - word.Length, word.Length).SequenceEqual(word))
            {
                return round - word.Length;
            }
        }

        return -1;
    }
}
