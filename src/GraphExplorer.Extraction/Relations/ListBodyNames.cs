using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Discovery;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// The names a list item's body lists after a developer head (<c>- **CoreWeave：** CoreWeave Cloud、Mission Control</c>,
/// <c>- **问津科技：** 问津、问津企业版</c>) that no other rule found: the body's first clause split on list punctuation,
/// each piece that names nothing yet and is shaped like a name (capitalised Latin words; in a list of several, a short
/// Chinese word with no function characters nor descriptive morphemes, not a generic term) is a product of the head.
/// </summary>
internal static class ListBodyNames
{
    /// <summary>The most Latin words a listed name has (<c>Mel Spectrogram Generators</c>).</summary>
    private const int MaxLatinWords = 4;

    /// <summary>The longest listed Chinese name, in characters (<c>安和医生助手</c>, <c>北辰智算平台</c>).</summary>
    private const int MaxCjkLength = 8;

    private static readonly string[] Separators = ["、", ",", "/", "和", "及", "与", " and ", " & "];

    private static readonly string[] ClauseEnds = ["。", "，", "；", ";", "：", ":", "（", "(", " - ", " — ", "——", ". "];

    /// <summary>
    /// Morphemes of descriptions rather than names (<c>营销内容生成</c>, <c>按模型和用量计费</c>, <c>端云协同推理</c>): a listed
    /// Chinese piece holding one is what the head does, not what it makes.
    /// </summary>
    private static readonly string[] DescriptiveMorphemes =
        ["生成", "训练", "支持", "提供", "计费", "加速", "优化", "管理", "分析", "技术", "工具", "设计", "编辑", "合成", "识别", "研究", "协作", "监控", "推理", "运行",
         "部署", "调优", "问答", "摘要", "克隆", "文案", "内容", "图像", "视频", "语音", "文本", "数据", "模型", "开源", "硬件", "生态", "服务", "领域", "领先", "计算",
         "开发", "创作", "帖子", "界面", "测试", "下载", "共享", "搜索", "学习", "视觉", "交互", "机器", "人工", "应用", "解决方案", "行业", "场景", "能力", "功能"];


    /// <summary>The new names listed at the start of a body.</summary>
    /// <param name="line">The line.</param>
    /// <param name="bodyStart">Where the body starts.</param>
    /// <param name="catalogue">Tells generic terms.</param>
    /// <param name="headIsCompany">Whether the head names a company itself (not a product whose maker it names).</param>
    /// <returns>The names, as mentions typed by their shape (a product when nothing says).</returns>
    public static List<Mention> Find(LineContext line, int bodyStart, EntityCatalogue catalogue, bool headIsCompany = false)
    {
        var text = line.Text;
        var end = text.Length;
        foreach (var stop in ClauseEnds)
        {
            var at = text.IndexOf(stop, bodyStart, StringComparison.Ordinal);
            end = at >= 0 ? Math.Min(end, at) : end;
        }

        var pieces = new List<(int Start, int End)>();
        var start = bodyStart;
        for (var i = bodyStart; i <= end; i++)
        {
            var separator = i < end ? Array.Find(Separators, s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0) : string.Empty;
            if (separator is null)
            {
                continue;
            }

            pieces.Add((start, i));

            i += Math.Max(separator.Length, 1) - 1;
            start = i + 1;
        }

        // - **上海人工智能实验室：** 风乌: a company's body that is one short piece and nothing else names it as a list of one
        // would (a product's, **Notion AI:** 文档智能助手, describes it).
        var alone = headIsCompany && pieces.Count == 1 && end == text.Length && text.AsSpan(pieces[0].End).Trim(" *`").IsEmpty
            && !HoldsBoundaryWord(text.AsSpan(pieces[0].Start, pieces[0].End - pieces[0].Start));
        var names = new List<Mention>();
        foreach (var (from, to) in pieces)
        {
            if (NewName(line, from, to, catalogue, listed: pieces.Count > 1 || alone) is { } name)
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static Mention? NewName(LineContext line, int start, int end, EntityCatalogue catalogue, bool listed)
    {
        var text = line.Text;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '*' or '`' or '“' or '"'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '*' or '`' or '”' or '"' or '.'))
        {
            end--;
        }

        if (end - start < 2)
        {
            return null;
        }

        // A piece already named stays as found, unless only a fragment of a capitalised Latin name was (Deck in Mission Deck).
        var piece = text.AsSpan(start, end - start);
        var inside = CompoundNameRules.MentionsBetween(line, start, end);
        if (inside.Count > 0 && (inside.Exists(m => m.IsCatalogued) || !IsLatinName(piece) || (inside[0].Start == start && inside[^1].End == end)))
        {
            return null;
        }

        if (catalogue.IsGenericTerm(piece) || NoneWords.Contains(piece.ToString()) || !(IsLatinName(piece) || (listed && IsCjkName(piece))))
        {
            return null;
        }

        return new Mention(start, end, piece.ToString(), MentionOrigin.Discovered, TypeShapes.FromContext(text, start, end) ?? EntityType.Product);
    }

    private static bool IsLatinName(ReadOnlySpan<char> piece)
    {
        var words = 0;
        foreach (var range in piece.Split(' '))
        {
            var word = piece[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (!(char.IsAsciiLetterUpper(word[0]) || char.IsAsciiDigit(word[0])) || word.ContainsAnyExcept(LatinNameCharacters))
            {
                return false;
            }
        }

        return words is > 0 and <= MaxLatinWords;
    }

    private static bool IsCjkName(ReadOnlySpan<char> piece)
    {
        var cjk = 0;
        foreach (var c in piece)
        {
            if (ChineseNameFinder.IsCjk(c))
            {
                cjk++;
                if (ChineseWords.FunctionCharacters.Contains(c))
                {
                    return false;
                }
            }
            else if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or ' ' or '.'))
            {
                return false;
            }
        }

        if (cjk == 0 || piece.Length > MaxCjkLength)
        {
            return false;
        }

        // 银河大模型, 光明电力大模型: a family's name ends in 大模型; the stem before it is what must not describe.
        var stem = piece.EndsWith(ModelFamily, StringComparison.Ordinal) && piece.Length >= ModelFamily.Length + 2 ? piece[..^ModelFamily.Length] : piece;
        foreach (var morpheme in DescriptiveMorphemes)
        {
            if (stem.Contains(morpheme, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private const string ModelFamily = "大模型";

    /// <summary>Whether a piece holds a verb or other boundary word (<c>领投潮岚云算B轮</c> says what the head did).</summary>
    private static bool HoldsBoundaryWord(ReadOnlySpan<char> piece)
    {
        foreach (var word in ChineseWords.BoundaryWords)
        {
            if (piece.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a body says when it lists nothing (<c>- **腾讯：** 暂无</c>).</summary>
    private static readonly HashSet<string> NoneWords = ["暂无", "尚无", "没有", "未知", "不详", "待定", "未公开", "未披露", "无", "其他", "其它", "若干", "多款", "多个"];

    private static readonly System.Buffers.SearchValues<char> LatinNameCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.+'");
}
