using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>Company names by their suffix: <c>星河智能</c>, <c>北京某某科技有限公司</c> (see <see cref="ChineseNameFinder"/>).</summary>
internal static partial class ChineseNameFinder
{
    private static readonly System.Buffers.SearchValues<char> SuffixStarts =
        System.Buffers.SearchValues.Create([.. ChineseWords.CompanySuffixes.Select(s => s[0]).Distinct()]);

    // The suffixes by first character, longest first as in CompanySuffixes: a hit tries only the few that can match.
    private static readonly System.Collections.Frozen.FrozenDictionary<char, string[]> SuffixesByFirst =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(
            ChineseWords.CompanySuffixes.GroupBy(s => s[0]), g => g.Key, g => g.ToArray());

    private static readonly string[] LegalForms = ["股份有限公司", "有限责任公司", "有限公司", "公司"];

    private static void FindSuffixNames(string text, List<(int Start, int End)> covered, Func<ReadOnlySpan<char>, bool> isGeneric, List<DiscoveredName> into)
    {
        for (var i = 1; i < text.Length; i++)
        {
            // Straight to the next character a suffix starts with.
            var next = text.AsSpan(i).IndexOfAny(SuffixStarts);
            if (next < 0)
            {
                break;
            }

            i += next;

            // The suffix test first: it is a set lookup, IsCovered a walk over every covered span.
            if (!IsCjk(text[i]) || SuffixAt(text, i) is not { } suffix || IsCovered(covered, i))
            {
                continue;
            }

            var end = i + suffix.Length;
            while (SuffixAt(text, end) is { } more)
            {
                end += more.Length;
            }

            if (end < text.Length && IsCjk(text[end]) && !ChineseWords.BoundaryChars.Contains(text[end]) && !StartsWithBoundaryWord(text, end))
            {
                i = end - 1;
                continue;
            }

            var weak = ChineseWords.WeakSuffixes.Contains(suffix);
            var start = WalkLeft(text, i, weak ? MaxWeakStem : MaxStem, covered);
            if (start < 0 || i - start < MinName || IsCovered(covered, end - 1))
            {
                i = end - 1;
                continue;
            }

            if (ChineseWords.VeryWeakSuffixes.Contains(suffix) && (i - start != MinName || ChineseWords.CommonStems.ContainsSpan(text.AsSpan(start, MinName))))
            {
                i = end - 1;
                continue;
            }

            var stem = text.AsSpan(start, i - start);
            var nameEnd = StripLegalForm(text, start, end);
            var name = text.AsSpan(start, nameEnd - start);
            if (IsGenericStem(stem) || EndsWithDescriptor(stem) || ChineseWords.GenericNames.ContainsSpan(name) || ChineseWords.Places.ContainsSpan(stem) || isGeneric(name)
                || PrecededByPersonTitle(text, start) || FollowsCount(text, start) || (suffix == "公司" && FollowsCountedDescription(text, start)))
            {
                i = end - 1;
                continue;
            }

            Add(covered, into, new DiscoveredName(start, nameEnd, MentionOrigin.Discovered, EntityType.Company), end);
            i = end - 1;
        }
    }

    private static string? SuffixAt(string text, int i)
    {
        if (i >= text.Length || !SuffixStarts.Contains(text[i]))
        {
            return null;
        }

        foreach (var suffix in SuffixesByFirst[text[i]])
        {
            if (string.CompareOrdinal(text, i, suffix, 0, suffix.Length) == 0)
            {
                return suffix;
            }
        }

        return null;
    }

    private static int StripLegalForm(string text, int start, int end)
    {
        foreach (var form in LegalForms)
        {
            if (end - start - form.Length >= MinName && text.AsSpan(start, end - start).EndsWith(form, StringComparison.Ordinal))
            {
                return end - form.Length;
            }
        }

        return end;
    }

    /// <summary>Whether a stem ends in a description of a company (<c>灵巧手初创</c>): what precedes the suffix is no name.</summary>
    /// <summary>Whether a numeral and a measure word stand right before the stem (<c>是一家杭州语音公司</c>): a description, not a name.</summary>
    private static bool FollowsCount(string text, int start) =>
        start >= 2 && MeasureWords.Contains(text[start - 1]) && (Numerals.Contains(text[start - 2]) || text[start - 2] is '这' or '那' or '该' or '某' or '每');

    /// <summary>The longest description between a count and the 的 before a company noun (<c>一家总部在杭州的</c>).</summary>
    private const int MaxCountedDescription = 12;

    /// <summary>
    /// Whether a count opens a description ending in 的 right before the stem (<c>是一家深圳的同声传译公司</c>): what the
    /// company does, not its name.
    /// </summary>
    private static bool FollowsCountedDescription(string text, int start)
    {
        if (start < 3 || text[start - 1] != '的')
        {
            return false;
        }

        var from = Math.Max(0, start - 1 - MaxCountedDescription);
        var description = text.AsSpan(from, start - 1 - from);
        for (var at = description.Length - 1; at >= 1; at--)
        {
            if (TextGaps.IsClauseBreak(description[at]))
            {
                return false;
            }

            if (MeasureWords.Contains(description[at]) && (Numerals.Contains(description[at - 1]) || description[at - 1] is '这' or '那' or '该' or '某'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithDescriptor(ReadOnlySpan<char> stem)
    {
        foreach (var ending in ChineseWords.DescriptorEndings)
        {
            if (stem.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
