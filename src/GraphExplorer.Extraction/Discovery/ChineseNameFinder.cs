using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>
/// Finds Chinese names no catalogue knows, by their shape and position: a company suffix (<c>星河智能</c>,
/// <c>北京某某科技有限公司</c>), a version written onto a name, and the subject or object of a cue verb bounded by
/// punctuation and function words (<c>谷歌投资了星河智能</c>); appositions (<c>阶跃星辰（StepFun）</c>) are
/// <see cref="Appositions"/>'. Generic terms, people and places are not names.
/// </summary>
internal static partial class ChineseNameFinder
{
    private const int MaxStem = 6;
    private const int MaxWeakStem = 4;
    private const int MaxBoundedName = 6;
    private const int MinName = 2;

    /// <summary>Finds names in the uncovered CJK text of a line.</summary>
    /// <param name="text">The line.</param>
    /// <param name="covered">Spans already taken (catalogue, Latin names, quotes, URLs); found names are added.</param>
    /// <param name="isGeneric">Whether a word is a generic term.</param>
    /// <param name="into">Where found names go.</param>
    public static void Find(string text, List<(int Start, int End)> covered, Func<ReadOnlySpan<char>, bool> isGeneric, List<DiscoveredName> into)
    {
        FindSuffixNames(text, covered, isGeneric, into);
        FindVersionedNames(text, covered, into);
        FindIntroducedCompanies(text, covered, isGeneric, into);
        FindBoundedNames(text, covered, isGeneric, into);
        FindBuiltOnSubjects(text, covered, isGeneric, into);
        FindRecipients(text, covered, isGeneric, into);
        FindSuppliers(text, covered, isGeneric, into);
        FindRoundOwners(text, covered, isGeneric, into);
        FindBases(text, covered, isGeneric, into);
        FindRivals(text, covered, isGeneric, into);
        FindSellers(text, covered, isGeneric, into);
    }

    /// <summary>Whether a character is a CJK ideograph.</summary>
    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>
    /// Where a Chinese name ending at <paramref name="end"/> starts: walking left over ideographs, stopping at
    /// punctuation, a function character, a boundary word or a covered span; -1 when the run is longer than
    /// <paramref name="max"/>.
    /// </summary>
    public static int WalkLeft(string text, int end, int max, List<(int Start, int End)> covered)
    {
        var j = end;
        // 向量 (vector) holds a function character that bounds nothing.
        while (j > 0 && IsCjk(text[j - 1]) && (!ChineseWords.BoundaryChars.Contains(text[j - 1]) || (text[j - 1] == '向' && j < text.Length && text[j] == '量'))
               && !IsCovered(covered, j - 1) && !EndsWithBoundaryWord(text, j))
        {
            j--;
            if (end - j > max)
            {
                return -1;
            }
        }

        return j;
    }

    /// <summary>Whether a closing quote comes right before <paramref name="start"/>: <c>“帧影”剪辑App</c> is the app 帧影, 剪辑App only its kind.</summary>
    private static bool FollowsQuotedName(string text, int start) => start > 0 && text[start - 1] is '”' or '」' or '』' or '"';

    private static bool IsPlausible(ReadOnlySpan<char> name, Func<ReadOnlySpan<char>, bool> isGeneric)
    {
        return !isGeneric(name) && !ChineseWords.GenericNames.ContainsSpan(name) && !ChineseWords.GenericStems.ContainsSpan(name) && !ChineseWords.Places.ContainsSpan(name)
               && !ChineseWords.BoundaryWordSet.ContainsSpan(name) && !IsGenericStem(name);
    }

    private static bool IsGenericStem(ReadOnlySpan<char> stem)
    {
        if (ChineseWords.GenericStems.ContainsSpan(stem))
        {
            return true;
        }

        // A stem made of generic parts, a place first among them: 国内大模型, 头部科技, 杭州语音, 上海芯片公司.
        for (var split = 1; split < stem.Length; split++)
        {
            var first = stem[..split];
            if ((ChineseWords.GenericStems.ContainsSpan(first) || ChineseWords.Places.ContainsSpan(first))
                && (ChineseWords.GenericStems.ContainsSpan(stem[split..]) || ChineseWords.GenericNames.ContainsSpan(stem[split..])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A two- or three-character run starting with a common surname, before no company suffix: a person.</summary>
    private static bool IsPersonName(ReadOnlySpan<char> name) => name.Length is 2 or 3 && ChineseWords.Surnames.Contains(name[0]) && TypeShapes.FromName(name) is null;

    private static bool PrecededByPersonTitle(string text, int start)
    {
        return WordMatch.EndsWithAny(text.AsSpan(0, start).TrimEnd(), ChineseWords.PersonTitles, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsClauseStart(string text, int start, List<(int Start, int End)> covered)
    {
        if (start == 0)
        {
            return true;
        }

        var c = text[start - 1];
        return !char.IsLetterOrDigit(c) && !IsCovered(covered, start - 1);
    }

    private static bool EndsWithBoundaryWord(string text, int end)
    {
        if (end == 0 || !ChineseWords.BoundaryWordsByLast.TryGetValue(text[end - 1], out var words))
        {
            return false;
        }

        var before = text.AsSpan(0, end);
        foreach (var word in words)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool StartsWithBoundaryWord(string text, int start) =>
        start < text.Length && ChineseWords.BoundaryWordsByFirst.TryGetValue(text[start], out var words) && WordMatch.StartsWithAny(text.AsSpan(start), words, StringComparison.Ordinal);



    private static void Add(List<(int Start, int End)> covered, List<DiscoveredName> into, DiscoveredName name, int coverEnd)
    {
        covered.Add((name.Start, coverEnd));
        into.Add(name);
    }

    /// <summary>Whether a position lies in a covered span.</summary>
    public static bool IsCovered(List<(int Start, int End)> covered, int position)
    {
        foreach (var (s, e) in covered)
        {
            if (position >= s && position < e)
            {
                return true;
            }
        }

        return false;
    }
}
