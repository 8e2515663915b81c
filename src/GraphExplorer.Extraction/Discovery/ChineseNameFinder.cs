using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>
/// Finds Chinese names no catalogue knows, by their shape and position: a company suffix (<c>星河智能</c>,
/// <c>北京某某科技有限公司</c>), an English apposition (<c>阶跃星辰（StepFun）</c>), and the subject or object of a cue verb
/// bounded by punctuation and function words (<c>谷歌投资了星河智能</c>). Generic terms, people and places are not names.
/// </summary>
internal static partial class ChineseNameFinder
{
    private const int MaxStem = 6;
    private const int MaxWeakStem = 4;
    private const int MaxAppositionName = 8;
    private const int MaxBoundedName = 6;
    private const int MinName = 2;

    private static readonly System.Collections.Frozen.FrozenSet<char> SuffixStarts =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(ChineseWords.CompanySuffixes.Select(s => s[0]));

    private static readonly string[] LegalForms = ["股份有限公司", "有限责任公司", "有限公司", "公司"];

    /// <summary>Verbs whose subject is a company, with the type of their object (null: a model or product).</summary>
    private static readonly (string Verb, EntityType? ObjectType)[] CueVerbs =
    [
        ("投资了", EntityType.Company), ("投资", EntityType.Company), ("领投了", EntityType.Company), ("领投", EntityType.Company),
        ("参投了", EntityType.Company), ("参投", EntityType.Company), ("收购了", EntityType.Company), ("收购", EntityType.Company),
        ("注资", EntityType.Company), ("入股", EntityType.Company), ("推出了", null), ("推出", null), ("发布了", null), ("发布", null),
        ("开发了", null), ("开发", null), ("研发了", null), ("研发", null), ("打造了", null), ("开源了", null), ("上线了", null),
    ];

    /// <summary>Characters after a cue verb that make it a noun (<c>投资人</c>, <c>开发者</c>, <c>发布会</c>, <c>开发平台</c>).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<char> NounAfterVerb =
        System.Collections.Frozen.FrozenSet.ToFrozenSet("人者会商方额总平工环板版效能力机过程度率型");

    /// <summary>Measure words after a numeral: <c>上海一家</c> ends a description, not a name.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<char> MeasureWords = System.Collections.Frozen.FrozenSet.ToFrozenSet("家个款位名种");

    private static readonly System.Collections.Frozen.FrozenSet<char> Numerals = System.Collections.Frozen.FrozenSet.ToFrozenSet("一二两三四五六七八九十几数多");

    private static readonly string[] ObjectStarts = ["新", "全", "首", "自", "多", "一", "两", "几", "各", "某", "其", "该", "这", "那", "大量", "相关", "更", "最", "了", "的", "过", "出", "完"];

    /// <summary>Finds names in the uncovered CJK text of a line.</summary>
    /// <param name="text">The line.</param>
    /// <param name="covered">Spans already taken (catalogue, Latin names, quotes, URLs); found names are added.</param>
    /// <param name="isGeneric">Whether a word is a generic term.</param>
    /// <param name="into">Where found names go.</param>
    public static void Find(string text, List<(int Start, int End)> covered, Func<ReadOnlySpan<char>, bool> isGeneric, List<DiscoveredName> into)
    {
        FindSuffixNames(text, covered, isGeneric, into);
        FindVersionedNames(text, covered, into);
        FindBoundedNames(text, covered, isGeneric, into);
        FindBuiltOnSubjects(text, covered, isGeneric, into);
        FindRecipients(text, covered, isGeneric, into);
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
        while (j > 0 && IsCjk(text[j - 1]) && !ChineseWords.BoundaryChars.Contains(text[j - 1]) && !IsCovered(covered, j - 1) && !EndsWithBoundaryWord(text, j))
        {
            j--;
            if (end - j > max)
            {
                return -1;
            }
        }

        return j;
    }

    private static void FindSuffixNames(string text, List<(int Start, int End)> covered, Func<ReadOnlySpan<char>, bool> isGeneric, List<DiscoveredName> into)
    {
        for (var i = 1; i < text.Length; i++)
        {
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
                || PrecededByPersonTitle(text, start))
            {
                i = end - 1;
                continue;
            }

            Add(covered, into, new DiscoveredName(start, nameEnd, MentionOrigin.Discovered, EntityType.Company), end);
            i = end - 1;
        }
    }

    /// <summary>Chinese names with a Latin version or size: <c>墨羽-13B</c>, <c>知微-VL</c>, <c>安和-Med 14B</c>, <c>律准App</c>.</summary>
    private static void FindVersionedNames(string text, List<(int Start, int End)> covered, List<DiscoveredName> into)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            var hyphen = text[i] == '-' && char.IsAsciiLetterOrDigit(text[i + 1]);
            var app = !hyphen && text.AsSpan(i).StartsWith("App", StringComparison.Ordinal) && (i + 3 >= text.Length || !char.IsAsciiLetter(text[i + 3]));
            if ((!hyphen && !app) || !IsCjk(text[i - 1]) || IsCovered(covered, i - 1))
            {
                continue;
            }

            var start = WalkLeft(text, i, MaxWeakStem, covered);
            if (start < 0 || i - start < MinName || ChineseWords.GenericStems.ContainsSpan(text.AsSpan(start, i - start)) || (app && FollowsQuotedName(text, start)))
            {
                continue;
            }

            var end = i + (app ? 3 : 1);
            if (hyphen)
            {
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || (text[end] is '.' or '-' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]))))
                {
                    end++;
                }

                if (ChineseWords.DescriptiveLatinParts.Contains(text[(i + 1)..end]))
                {
                    continue;
                }

                // A size after a space belongs to the name: 安和-Med 14B.
                if (end + 2 < text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1]))
                {
                    var size = end + 1;
                    while (size < text.Length && char.IsAsciiDigit(text[size]))
                    {
                        size++;
                    }

                    if (size < text.Length && text[size] is 'B' or 'b' && (size + 1 >= text.Length || !char.IsAsciiLetterOrDigit(text[size + 1])))
                    {
                        end = size + 1;
                    }
                }

                // An edition or a version after a space too: 籁音-ASR Pro, 绮光-XL 2.0.
                end = NameTails.End(text, end);
            }

            // Drop Latin mentions the run overlaps: the whole is one name.
            RemoveInside(covered, i, end);
            var type = app ? EntityType.Product : TypeShapes.FromName(text.AsSpan(start, end - start)) ?? EntityType.Product;
            Add(covered, into, new DiscoveredName(start, end, MentionOrigin.Discovered, type), end);
            i = end - 1;
        }
    }

    /// <summary>A two-character object before 的 modifies what follows (<c>发布了成熟的产品</c>); a longer one may own it (<c>领投了溯光未来的天使轮</c>).</summary>
    private static bool IsModifier(string text, int start, int end) => end - start <= MinName && end < text.Length && text[end] == '的';

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a closing quote comes right before <paramref name="start"/>: <c>“帧影”剪辑App</c> is the app 帧影, 剪辑App only its kind.</summary>
    private static bool FollowsQuotedName(string text, int start) => start > 0 && text[start - 1] is '”' or '」' or '』' or '"';

    /// <summary>Removes, in place and in order, the covered spans that start in [from, end) and end by <paramref name="end"/>.</summary>
    private static void RemoveInside(List<(int Start, int End)> covered, int from, int end)
    {
        var kept = 0;
        for (var k = 0; k < covered.Count; k++)
        {
            var c = covered[k];
            if (!(c.Start >= from && c.Start < end && c.End <= end))
            {
                covered[kept++] = c;
            }
        }

        covered.RemoveRange(kept, covered.Count - kept);
    }

    private static void FindBoundedNames(string text, List<(int Start, int End)> covered, Func<ReadOnlySpan<char>, bool> isGeneric, List<DiscoveredName> into)
    {
        foreach (var (verb, objectType) in CueVerbs)
        {
            var from = 0;
            while ((from = text.IndexOf(verb, from, StringComparison.Ordinal)) >= 0)
            {
                var at = from;
                from += verb.Length;
                if (IsCovered(covered, at) || (from < text.Length && NounAfterVerb.Contains(text[from])))
                {
                    continue;
                }

                var subjectStart = WalkLeft(text, at, MaxBoundedName, covered);
                if (subjectStart >= 0 && at - subjectStart >= MinName && IsClauseStart(text, subjectStart, covered)
                    && IsPlausible(text.AsSpan(subjectStart, at - subjectStart), isGeneric) && !PrecededByPersonTitle(text, subjectStart)
                    && !IsPersonName(text.AsSpan(subjectStart, at - subjectStart)))
                {
                    Add(covered, into, new DiscoveredName(subjectStart, at, MentionOrigin.Candidate, EntityType.Company), at);
                }

                if (!verb.EndsWith('了'))
                {
                    continue;
                }

                var objectStart = at + verb.Length;
                var objectEnd = WalkRight(text, objectStart, covered);
                if (objectEnd - objectStart >= MinName && objectEnd - objectStart <= MaxBoundedName && IsObjectEnd(text, objectEnd) && !EndsInCount(text, objectEnd)
                    && (objectEnd >= text.Length || text[objectEnd] is not ('“' or '"' or '「' or '《' or '`'))
                    && IsPlausible(text.AsSpan(objectStart, objectEnd - objectStart), isGeneric) && !StartsWithAny(text.AsSpan(objectStart), ObjectStarts)
                    && !EndsWithAny(text.AsSpan(objectStart, objectEnd - objectStart), ChineseWords.ObjectDescriptorEndings)
                    && !IsModifier(text, objectStart, objectEnd))
                {
                    var type = TypeShapes.FromName(text.AsSpan(objectStart, objectEnd - objectStart)) ?? objectType;
                    Add(covered, into, new DiscoveredName(objectStart, objectEnd, MentionOrigin.Candidate, type), objectEnd);
                }
            }
        }
    }

    /// <summary>Whether an object run ends in a numeral before a measure word (<c>收购了上海一家…</c>): a count, not a name.</summary>
    private static bool EndsInCount(string text, int end) =>
        end < text.Length && end > 0 && Numerals.Contains(text[end - 1]) && MeasureWords.Contains(text[end]);

    private static int WalkRight(string text, int start, List<(int Start, int End)> covered)
    {
        var j = start;
        while (j < text.Length && IsCjk(text[j]) && !ChineseWords.BoundaryChars.Contains(text[j]) && !IsCovered(covered, j) && j - start <= MaxBoundedName
               && (j == start || !StartsWithBoundaryWord(text, j)))
        {
            j++;
        }

        return j;
    }

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

        // A stem made of generic parts: 国内大模型, 头部科技.
        for (var split = 1; split < stem.Length; split++)
        {
            if (ChineseWords.GenericStems.ContainsSpan(stem[..split]) && (ChineseWords.GenericStems.ContainsSpan(stem[split..]) || ChineseWords.GenericNames.ContainsSpan(stem[split..])))
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
        var before = text.AsSpan(0, start).TrimEnd();
        foreach (var title in ChineseWords.PersonTitles)
        {
            if (before.EndsWith(title, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
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

    private static bool IsObjectEnd(string text, int end) =>
        end >= text.Length || !IsCjk(text[end]) || ChineseWords.BoundaryChars.Contains(text[end]) || StartsWithBoundaryWord(text, end);

    private static string? SuffixAt(string text, int i)
    {
        if (i >= text.Length || !SuffixStarts.Contains(text[i]))
        {
            return null;
        }

        foreach (var suffix in ChineseWords.CompanySuffixes)
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
        start < text.Length && ChineseWords.BoundaryWordsByFirst.TryGetValue(text[start], out var words) && StartsWithAny(text.AsSpan(start), words);

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

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
