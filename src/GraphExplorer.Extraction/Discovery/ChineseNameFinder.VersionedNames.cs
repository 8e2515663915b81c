using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>Chinese names with a Latin version, a size or an App after them (see <see cref="ChineseNameFinder"/>).</summary>
internal static partial class ChineseNameFinder
{
    // A model code's shape after a Chinese brand: SU7, P800, M5, ET7, X1s.
    private const int MaxCodeLetters = 3;
    private const int MaxCodeDigits = 4;
    private const int MaxCodeSuffix = 2;

    // How far back a versioned name's words are read before the kind of thing it is is cut off (其马来语模型椰岚-MS 9B).
    private const int MaxDescribedStem = 10;

    private static readonly System.Buffers.SearchValues<char> VersionStarts = System.Buffers.SearchValues.Create("- ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Chinese names with a Latin version or size: <c>墨羽-13B</c>, <c>知微-VL</c>, <c>安和-Med 14B</c>, <c>律准App</c>.</summary>
    private static void FindVersionedNames(string text, List<(int Start, int End)> covered, List<DiscoveredName> into)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            // Only a hyphen, a space or a capital after an ideograph starts a version, a code or an App.
            var next = text.AsSpan(i, text.Length - 1 - i).IndexOfAny(VersionStarts);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (!IsCjk(text[i - 1]))
            {
                // Straight past the run without ideographs (a superset of IsCjk's ranges): a version follows one.
                var ideograph = text.AsSpan(i).IndexOfAnyInRange('\u3400', '\u9FFF');
                if (ideograph < 0)
                {
                    break;
                }

                i += ideograph;
                continue;
            }

            var hyphen = text[i] == '-' && char.IsAsciiLetterOrDigit(text[i + 1]);
            var app = !hyphen && text.AsSpan(i).StartsWith("App", StringComparison.Ordinal) && (i + 3 >= text.Length || !char.IsAsciiLetter(text[i + 3]));
            var codeEnd = hyphen || app || !(char.IsAsciiLetterUpper(text[i]) || text[i] == ' ') || !IsCjk(text[i - 1]) ? -1 : ModelCodeEnd(text, text[i] == ' ' ? i + 1 : i);

            if ((!hyphen && !app && codeEnd < 0) || !IsCjk(text[i - 1]) || IsCovered(covered, i - 1))
            {
                continue;
            }

            var start = StartAfterClassNoun(text, WalkLeft(text, i, MaxDescribedStem, covered), i);
            start = i - start > MaxWeakStem ? -1 : start;
            if (start < 0 || i - start < MinName || ChineseWords.GenericStems.ContainsSpan(text.AsSpan(start, i - start)) || (app && FollowsQuotedName(text, start))
                || (codeEnd >= 0 && IsGenerationWord(text.AsSpan(start, i - start))))
            {
                continue;
            }

            var end = codeEnd >= 0 ? NameTails.End(text, codeEnd) : i + (app ? 3 : 1);
            if (hyphen)
            {
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || (text[end] is '.' or '-' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]))))
                {
                    end++;
                }

                // A size, an edition or a version after a space belongs to the name: 安和-Med 14B, 青萍-MoE 30B-A3B, 籁音-ASR Pro, 绮光-XL 2.0.
                var tailEnd = NameTails.End(text, end);
                if (tailEnd == end && ChineseWords.DescriptiveLatinParts.Contains(text[(i + 1)..end]))
                {
                    // A descriptive part alone is a kind (…-Agent); with a size after it, it is a model's name (枢织-Agent 14B).
                    continue;
                }

                end = tailEnd;
            }

            // Drop Latin mentions the run overlaps: the whole is one name.
            RemoveInside(covered, i, end);
            var type = app ? EntityType.Product : TypeShapes.FromName(text.AsSpan(start, end - start)) ?? EntityType.Product;
            Add(covered, into, new DiscoveredName(start, end, MentionOrigin.Discovered, type), end);
            i = end - 1;
        }
    }

    /// <summary>
    /// Where a model code right after a Chinese brand ends (<c>朴芯P3</c>, <c>砺川R8</c>, <c>瞳行 S1</c>, <c>冷杉CDU-600</c>): one to
    /// three capitals, a hyphen at most, then one to four digits and at most two letters; -1 when <paramref name="start"/> holds none.
    /// </summary>
    private static int ModelCodeEnd(string text, int start)
    {
        var j = start;
        while (j < text.Length && j - start < MaxCodeLetters && char.IsAsciiLetterUpper(text[j]))
        {
            j++;
        }

        if (j > start && j + 1 < text.Length && text[j] == '-' && char.IsAsciiDigit(text[j + 1]))
        {
            // CDU-600: letters and digits joined by a hyphen.
            j++;
        }

        var digits = j;
        while (j < text.Length && j - digits < MaxCodeDigits && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        if (j == start || digits == start || j == digits || (text[digits - 1] == '-' && digits - 1 == start))
        {
            return -1;
        }

        var letters = j;
        while (j < text.Length && j - letters < MaxCodeSuffix && char.IsAsciiLetter(text[j]))
        {
            j++;
        }

        return j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '-' or '.' or '_') ? -1 : j;
    }

    /// <summary>
    /// Where a name starts after the kind of thing it is (<c>其马来语模型椰岚-MS 9B</c> names 椰岚-MS 9B): past the last
    /// class noun that leaves a name of two characters or more; <paramref name="start"/> when none stands there.
    /// </summary>
    private static int StartAfterClassNoun(string text, int start, int end)
    {
        if (start < 0)
        {
            return start;
        }

        for (var at = end - MinName - 1; at >= start; at--)
        {
            // A count before the name ends what precedes it too: 交付了十万片芯砾M5.
            if (MeasureWords.Contains(text[at]) && at > start && Numerals.Contains(text[at - 1]))
            {
                return at + 1;
            }

            foreach (var noun in ClassNouns)
            {
                if (at + 1 - noun.Length >= start && string.CompareOrdinal(text, at + 1 - noun.Length, noun, 0, noun.Length) == 0)
                {
                    return at + 1;
                }
            }
        }

        return start;
    }

    /// <summary>Whether the words before a code count or class it rather than name it (<c>第二代P3</c>, <c>旗舰型X9</c>, <c>约八百张L20</c>, <c>机器人DR01</c>).</summary>
    private static bool IsGenerationWord(ReadOnlySpan<char> stem) =>
        stem[0] is '第' or '约' or '近' or '超' or '逾' || stem[^1] is '代' or '型' or '号' or '款' or '版' or '张' or '台' or '块' or '颗' or '片' or '套' or '枚'
        || WordMatch.EndsWithAny(stem, ClassNouns, StringComparison.Ordinal);

    /// <summary>Kinds of device a code follows without being named by them: <c>机器人DR01</c> is DR01.</summary>
    private static readonly string[] ProductClasses =
        ["机器人", "芯片", "处理器", "手机", "眼镜", "耳机", "汽车", "车型", "机型", "服务器", "推理卡", "加速卡", "显卡", "学习机", "平板", "电脑", "笔记本", "模组", "机柜", "相机", "无人机", "音箱", "手表"];

    /// <summary>Nouns that say what a following name is: <c>模型</c>, <c>芯片</c>, <c>平台</c> and the device classes.</summary>
    private static readonly string[] ClassNouns = [.. ChineseWords.ClassNouns, .. ProductClasses];

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
}
