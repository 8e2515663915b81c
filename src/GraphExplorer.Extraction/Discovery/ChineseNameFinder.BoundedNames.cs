using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>Subjects and objects of cue verbs, bounded by punctuation and function words: <c>谷歌投资了星河智能</c> (see <see cref="ChineseNameFinder"/>).</summary>
internal static partial class ChineseNameFinder
{
    /// <summary>Verbs whose subject is a company, with the type of their object (null: a model or product; only verbs ending in 了 name one).</summary>
    private static readonly (string Verb, EntityType? ObjectType)[] CueVerbs =
    [
        ("投资了", EntityType.Company), ("投资", EntityType.Company), ("领投了", EntityType.Company), ("领投", EntityType.Company),
        ("参投了", EntityType.Company), ("参投", EntityType.Company), ("收购了", EntityType.Company), ("收购", EntityType.Company),
        ("注资", EntityType.Company), ("入股", EntityType.Company), ("推出了", null), ("推出", null), ("发布了", null), ("发布", null),
        ("开发了", null), ("开发", null), ("研发了", null), ("研发", null), ("打造了", null), ("开源了", null), ("上线了", null),
        ("租用", null), ("采购", null), ("跟投了", EntityType.Company), ("跟投", EntityType.Company),
    ];

    /// <summary>Adverbs before a cue verb that are no subject (<c>`创新工场`继续跟投</c>, <c>再次领投</c>).</summary>
    private static readonly string[] SubjectAdverbs = ["继续", "再次", "再度", "共同", "联合", "同时", "随后", "此后", "首次", "也", "还", "均", "都", "亦", "又", "已", "曾", "将"];

    /// <summary>Whether the verb says who took part in a round (<c>领投</c>, <c>跟投</c>, <c>参投</c>): its subject is an investor.</summary>
    private static bool IsRoundVerb(string verb) => verb[0] is '领' or '跟' or '参';

    /// <summary>Characters after a cue verb that make it a noun (<c>投资人</c>, <c>开发者</c>, <c>发布会</c>, <c>开发平台</c>).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<char> NounAfterVerb =
        System.Collections.Frozen.FrozenSet.ToFrozenSet("人者会商方额总平工环板版效能力机过程度率型基银部组");

    /// <summary>Measure words after a numeral: <c>上海一家</c> ends a description, not a name.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<char> MeasureWords = System.Collections.Frozen.FrozenSet.ToFrozenSet("家个款位名种片张台颗块套");

    private static readonly System.Collections.Frozen.FrozenSet<char> Numerals = System.Collections.Frozen.FrozenSet.ToFrozenSet("一二两三四五六七八九十几数多");

    private static readonly string[] ObjectStarts = ["新", "全", "首", "自", "多", "一", "两", "几", "各", "某", "其", "该", "这", "那", "大量", "相关", "更", "最", "了", "的", "过", "出", "完", "做", "专做", "从事", "主营"];

    /// <summary>A bit per first character of <see cref="CueVerbs"/> (0 for any other character).</summary>
    private static int StartBit(char c) => c switch
    {
        '投' => 1, '领' => 2, '参' => 4, '收' => 8, '注' => 16, '入' => 32, '推' => 64, '发' => 128, '开' => 256, '研' => 512, '打' => 1024, '上' => 2048, '租' => 4096, '采' => 8192, '跟' => 16384,
        _ => 0,
    };

    private static readonly int[] CueVerbBits = [.. CueVerbs.Select(v => StartBit(v.Verb[0]))];

    /// <summary>The characters <see cref="StartBit"/> gives a bit.</summary>
    private static readonly System.Buffers.SearchValues<char> CueVerbStarts = System.Buffers.SearchValues.Create("投领参收注入推发开研打上租采跟");

    private static void FindBoundedNames(string text, List<(int Start, int End)> covered, Func<ReadOnlySpan<char>, bool> isGeneric, List<DiscoveredName> into)
    {
        // One pass for which verbs can occur at all, instead of a search per verb on every line.
        var present = 0;
        for (var at = text.AsSpan().IndexOfAny(CueVerbStarts); at >= 0;)
        {
            present |= StartBit(text[at]);
            var next = text.AsSpan(at + 1).IndexOfAny(CueVerbStarts);
            at = next < 0 ? -1 : at + 1 + next;
        }

        for (var v = 0; v < CueVerbs.Length; v++)
        {
            if (CueVerbBits[v] != 0 && (present & CueVerbBits[v]) == 0)
            {
                continue;
            }

            var (verb, objectType) = CueVerbs[v];
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
                if (subjectStart > 0 && !IsClauseStart(text, subjectStart, covered) && IsRoundVerb(verb) && ClauseStartPast(text, at, covered) is var wider and >= 0
                    && !WordMatch.StartsWithAny(text.AsSpan(wider), ObjectStarts, StringComparison.Ordinal))
                {
                    // …，霁岭能源跟投: a round's investor opening its clause keeps a function character written inside its name (能).
                    subjectStart = wider;
                }

                if (subjectStart >= 0 && at - subjectStart >= MinName && IsClauseStart(text, subjectStart, covered)
                    && !WordMatch.StartsWithAny(text.AsSpan(subjectStart), SubjectAdverbs, StringComparison.Ordinal)
                    && IsPlausible(text.AsSpan(subjectStart, at - subjectStart), isGeneric) && !PrecededByPersonTitle(text, subjectStart)
                    && !IsPersonName(text.AsSpan(subjectStart, at - subjectStart)))
                {
                    Add(covered, into, new DiscoveredName(subjectStart, at, MentionOrigin.Candidate, EntityType.Company), at);
                }

                if (!verb.EndsWith('了'))
                {
                    continue;
                }

                var objectStart = DescribedObjectStart(text, at + verb.Length);
                var objectEnd = WalkRight(text, objectStart, covered);
                if (objectEnd - objectStart >= MinName && objectEnd - objectStart <= MaxBoundedName && IsObjectEnd(text, objectEnd) && !EndsInCount(text, objectEnd)
                    && !IntroducesName(text, objectEnd)
                    && IsPlausible(text.AsSpan(objectStart, objectEnd - objectStart), isGeneric) && !WordMatch.StartsWithAny(text.AsSpan(objectStart), ObjectStarts, StringComparison.Ordinal)
                    && !WordMatch.EndsWithAny(text.AsSpan(objectStart, objectEnd - objectStart), ChineseWords.ObjectDescriptorEndings, StringComparison.Ordinal)
                    && !IsModifier(text, objectStart, objectEnd))
                {
                    var type = TypeShapes.FromName(text.AsSpan(objectStart, objectEnd - objectStart)) ?? objectType;
                    Add(covered, into, new DiscoveredName(objectStart, objectEnd, MentionOrigin.Candidate, type), objectEnd);
                }
            }
        }
    }

    /// <summary>
    /// Whether a name follows right after a run, quoted or Latin (<c>推出了代码托管平台Gitee</c>, <c>发布了AI作画平台“文心一格”</c>):
    /// the run describes that name and is none itself.
    /// </summary>
    private static bool IntroducesName(string text, int end)
    {
        var next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next < text.Length && (text[next] is '“' or '"' or '「' or '《' or '`' || char.IsAsciiLetterOrDigit(text[next]));
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

    /// <summary>Verbs that open a description of what an object does (<c>收购了做游戏本地化的语汀</c>).</summary>
    private static readonly string[] DescriptionOpeners = ["做", "专做", "主营", "从事", "专注"];

    /// <summary>How long the description between its opener and 的 may be (<c>做邮件安全大模型的</c>).</summary>
    private const int MaxObjectDescription = 14;

    /// <summary>Where the object starts past a description of what it does (<c>做游戏本地化的</c>); <paramref name="start"/> when there is none.</summary>
    private static int DescribedObjectStart(string text, int start)
    {
        if (!WordMatch.StartsWithAny(text.AsSpan(start), DescriptionOpeners, StringComparison.Ordinal))
        {
            return start;
        }

        var window = text.AsSpan(start, Math.Min(MaxObjectDescription, text.Length - start));
        var of = window.IndexOf('的');
        return of > 1 && window[..of].IndexOfAny("，,；;。：:、") < 0 && start + of + 1 < text.Length && IsCjk(text[start + of + 1]) ? start + of + 1 : start;
    }

    private static bool IsObjectEnd(string text, int end) =>
        end >= text.Length || !IsCjk(text[end]) || ChineseWords.BoundaryChars.Contains(text[end]) || StartsWithBoundaryWord(text, end);

    /// <summary>A two-character object before 的 modifies what follows (<c>发布了成熟的产品</c>); a longer one may own it (<c>领投了溯光未来的天使轮</c>).</summary>
    private static bool IsModifier(string text, int start, int end) => end - start <= MinName && end < text.Length && text[end] == '的';
}
