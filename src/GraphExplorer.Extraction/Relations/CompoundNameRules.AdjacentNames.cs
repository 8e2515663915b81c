using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Two names side by side: a company right before its product (<c>英伟达CUDA</c>, <c>Google's Gemini</c>,
/// <c>百度的文心大模型</c>), with the products after it behind slashes and a series' members in parentheses; in a list
/// item's head, a known product right before its company (see <see cref="CompoundNameRules"/>).
/// </summary>
internal static partial class CompoundNameRules
{
    private const int MaxPossessiveGap = 12;
    private const int MaxClassNounGap = 14;

    private static readonly string[] ClassNouns =
        ["平台", "系统", "工具", "应用", "模型", "大模型", "产品", "助手", "框架", "芯片", "引擎", "软件", "服务", "app", "App", "APP", "机器人", "智能体", "训练卡", "加速卡", "处理器", "浏览器", "社区", "编辑器", "数据库"];

    private static readonly string[] BlockedInGap =
        ["使用", "采用", "基于", "接入", "集成", "投资", "支持", "调用", "对标", "竞争", "超越", "挑战", "和", "与", "及", "、", "对", "把", "将",
         "比", "像", "如", "给", "为", "向", "从", "用", "替代", "取代", "收购", "合作", "联合", "提供", "驱动", "依托", "利用", "借助", "加入", "竞品", "不",
         "供应", "交付", "出租", "出售", "销售", "租用", "采购", "购买", "部署"];

    private static void ApplyAdjacent(LineContext line, int index, int headEnd)
    {
        var first = line.Mentions[index];
        var second = line.Mentions[index + 1];
        var rawGap = line.Text.AsSpan(first.End, second.Start - first.End);
        if (TextGaps.HasClauseBreak(rawGap) || rawGap.IndexOfAny('(', '（') >= 0)
        {
            return;
        }

        Span<char> gapBuffer = stackalloc char[LineContext.GapBufferLength];
        var gap = TextGaps.Strip(rawGap, gapBuffer);
        if (first.IsCompany && second.IsArtifact && IsPossessiveGap(gap) && (second.IsKnown || gap.Length > 0) && !IsComputeHolding(line.Text, second.End) && !IsObtainedFrom(line.Text, first.Start)
            && !IsComputeProvidersChip(first, second))
        {
            var basis = BasisFor(second.End, headEnd);
            var quote = QuoteFor(line, first.Start, second.End, headEnd);
            line.Add(first, RelationshipType.Develops, second, basis, quote);
            AddSlashSiblings(line, first, index + 1, basis, quote);
            AddSeriesMembers(line, first, second, basis, quote);
        }
        else if (first.IsArtifact && first.IsKnown && second.IsCompany && gap.Length == 0 && second.End <= headEnd)
        {
            line.Add(second, RelationshipType.Develops, first, EvidenceBasis.Structure, line.Text.Trim());
        }
    }

    /// <summary>
    /// Whether a chip is named as compute someone holds (<c>析微智药闲置的A800集群</c>, <c>华为云的昇腾算力</c>, <c>X's H100
    /// clusters</c>): the owner runs or rents it out, it did not make it.
    /// </summary>
    private static bool IsComputeHolding(string text, int end) =>
        WordMatch.StartsWithAny(text.AsSpan(end).TrimStart(' '), HoldingWords, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a getting verb comes right before the owner (<c>租用了穹湾算力的H20</c>): the owner rents or sells it out, it did not make it.</summary>
    private static bool IsObtainedFrom(string text, int ownerStart) =>
        WordMatch.EndsWithAny(text.AsSpan(0, ownerStart).TrimEnd(' '), ObtainVerbs, StringComparison.Ordinal);

    /// <summary>Whether a compute provider is written with a chip (<c>穹湾算力的H20</c>, <c>Pellucid Compute's H100</c>): it rents the chip out, it did not make it.</summary>
    private static bool IsComputeProvidersChip(Mention owner, Mention chip) =>
        WordMatch.EndsWithAny(owner.Surface, ComputeProviderEndings, StringComparison.OrdinalIgnoreCase) && WordMatch.StartsWithAny(chip.Surface, CueLexicon.ComputeWords, StringComparison.OrdinalIgnoreCase);

    private static readonly string[] ComputeProviderEndings = ["算力", "智算", "云", "Cloud", "Compute", "Data Centers"];

    private static readonly string[] ObtainVerbs = ["租用了", "租用", "租了", "租赁了", "租赁", "采购了", "采购", "购买了", "购买", "买了", "订购了", "rents", "rented", "buys", "bought"];

    private static readonly string[] HoldingWords = ["集群", "算力", "实例", "服务器", "cluster", "instance", "capacity"];

    /// <summary>Modifiers between an English possessive and a product that keep the owner its maker (written without spaces, as gaps are).</summary>
    private static readonly LowerWords MakerModifiers =
        new("open-source", "open-weights", "open-weight", "opensource", "in-house", "flagship", "latest", "new", "own", "proprietary", "homegrown", "home-grown");

    private static bool IsPossessiveGap(ReadOnlySpan<char> gap)
    {
        if (gap.Length == 0 || gap is "'s" or "’s" or "'" or "’" or "的" or "旗下" or "旗下的")
        {
            return true;
        }

        // Stability AI's open-weights Stable Audio Open, Gorsemoor's in-house Gorse-Judge 8B: words saying whose make it is.
        if ((gap.StartsWith("'s", StringComparison.Ordinal) || gap.StartsWith("’s", StringComparison.Ordinal)) && MakerModifiers.Contains(gap[2..]))
        {
            return true;
        }

        if (gap.Length > 1 && gap[0] is '\'' or '’' && MakerModifiers.Contains(gap[1..]))
        {
            // Kestrel Labs' open-source Kestrel-7B.
            return true;
        }

        foreach (var blocked in BlockedInGap)
        {
            if (gap.Contains(blocked, StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (gap.Length <= MaxPossessiveGap && gap.EndsWith('的'))
        {
            return true;
        }

        if (gap.Length <= MaxClassNounGap)
        {
            foreach (var noun in ClassNouns)
            {
                if (gap.EndsWith(noun, StringComparison.Ordinal) && !ContainsAscii(gap))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a gap holds a Latin word of its own (more than an abbreviation such as <c>AI</c> or <c>3D</c>).</summary>
    private static bool ContainsAscii(ReadOnlySpan<char> gap)
    {
        var letters = 0;
        foreach (var c in gap)
        {
            if (char.IsAsciiLetter(c))
            {
                letters++;
            }
        }

        return letters > 2 && !gap.EndsWith("app", StringComparison.OrdinalIgnoreCase);
    }

    private static void AddSeriesMembers(LineContext line, Mention developer, Mention series, EvidenceBasis basis, string quote)
    {
        var (open, close) = FindParenthesis(line.Text, series.End);
        if (open < 0)
        {
            return;
        }

        var members = MentionsBetween(line, open + 1, close);
        if (members.Count > 0 && members.TrueForAll(m => m.IsArtifact && m.IsKnown) && IsCoordinatedList(line, members))
        {
            foreach (var member in members)
            {
                line.Add(developer, RelationshipType.Develops, member, basis, quote);
            }
        }
    }
}
