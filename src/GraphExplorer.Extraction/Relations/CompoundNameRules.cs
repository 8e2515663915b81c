using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Developer links carried by how names are written, in any line: a company right before its product
/// (<c>英伟达CUDA</c>, <c>Google's Gemini</c>, <c>百度的文心大模型</c>, <c>百度智能视频合成平台 VidPress</c>), a product
/// name that starts with its maker's name (<c>Microsoft 365 Copilot</c>), a developer or investor in parentheses
/// (<c>PyTorch (Meta)</c>, <c>Harvey (openai投资)</c>), and a series with its members in parentheses.
/// </summary>
internal static class CompoundNameRules
{
    private const int MaxPossessiveGap = 12;
    private const int MaxClassNounGap = 14;
    private const int MaxParenthesisLength = 48;

    private static readonly string[] ClassNouns =
        ["平台", "系统", "工具", "应用", "模型", "大模型", "产品", "助手", "框架", "芯片", "引擎", "软件", "服务", "app", "App", "APP", "机器人", "智能体", "训练卡", "加速卡", "处理器", "浏览器", "社区", "编辑器", "数据库"];

    private static readonly string[] BlockedInGap =
        ["使用", "采用", "基于", "接入", "集成", "投资", "支持", "调用", "对标", "竞争", "超越", "挑战", "和", "与", "及", "、", "对", "把", "将",
         "比", "像", "如", "给", "为", "向", "从", "用", "替代", "取代", "收购", "合作", "联合", "提供", "驱动", "依托", "利用", "借助", "加入", "竞品", "不"];

    private static readonly string[] DeveloperMarkers = ["推出", "开发", "研发", "旗下", "打造", "出品", "团队", "公司", "的", "发布", "开源", "实验室", "研究院", "提出"];

    private static readonly string[] InvestmentMarkers = ["投资", "领投", "参投", "跟投", "持股", "控股", "注资", "invest", "backed", "入股"];

    private static readonly string[] ExampleMarkers = ["e.g", "eg.", "如", "例如", "比如", "包括", "i.e"];

    /// <summary>Applies the rules to a line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="headEnd">Where the list item's head ends (0 when none): links inside it are structure, the rest prose.</param>
    /// <param name="finder">Resolves catalogue prefixes.</param>
    public static void Apply(LineContext line, int headEnd, MentionFinder finder)
    {
        var mentions = line.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            ApplyPrefixOwner(line, mention, headEnd, finder);
            ApplyParenthesis(line, mention, headEnd);
            if (i + 1 < mentions.Count)
            {
                ApplyAdjacent(line, i, headEnd);
            }
        }
    }

    private static EvidenceBasis BasisFor(int end, int headEnd) => end <= headEnd ? EvidenceBasis.Structure : EvidenceBasis.Prose;

    private static string QuoteFor(LineContext line, int start, int end, int headEnd) =>
        end <= headEnd ? line.Text.Trim() : line.SentenceQuote(start, end);

    private static void ApplyPrefixOwner(LineContext line, Mention mention, int headEnd, MentionFinder finder)
    {
        if (mention.Entry is null || !mention.IsArtifact)
        {
            return;
        }

        var owner = finder.Catalogue.FindOwnerPrefix(mention.Surface, out var prefixLength);
        if (owner is not null)
        {
            var ownerMention = new Mention(mention.Start, mention.Start + prefixLength, mention.Surface[..prefixLength], owner);
            var basis = BasisFor(mention.End, headEnd);
            var quote = QuoteFor(line, mention.Start, mention.End, headEnd);
            line.Add(ownerMention, RelationshipType.Develops, mention, basis, quote);
            AddSlashSiblings(line, ownerMention, line.FirstMentionAtOrAfter(mention.Start), basis, quote);
        }
    }

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
        if (first.IsCompany && second.IsArtifact && IsPossessiveGap(gap) && (second.IsKnown || gap.Length > 0))
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

    private static bool IsPossessiveGap(ReadOnlySpan<char> gap)
    {
        if (gap.Length == 0 || gap is "'s" or "’s" or "'" or "’" or "的" or "旗下" or "旗下的")
        {
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

    private static void AddSlashSiblings(LineContext line, Mention developer, int index, EvidenceBasis basis, string quote)
    {
        for (var j = index + 1; j < line.Mentions.Count; j++)
        {
            var gap = line.Text.AsSpan(line.Mentions[j - 1].End, line.Mentions[j].Start - line.Mentions[j - 1].End);
            if (gap is not ("/" or "／") || !line.Mentions[j].IsArtifact)
            {
                return;
            }

            line.Add(developer, RelationshipType.Develops, line.Mentions[j], basis, quote);
        }
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

    private static void ApplyParenthesis(LineContext line, Mention mention, int headEnd)
    {
        var (open, close) = FindParenthesis(line.Text, mention.End);
        if (open < 0)
        {
            return;
        }

        var inner = line.Text.AsSpan(open + 1, close - open - 1).Trim();
        foreach (var marker in ExampleMarkers)
        {
            if (inner.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        var members = MentionsBetween(line, open + 1, close);
        if (members.Count == 0)
        {
            return;
        }

        var basis = BasisFor(close, headEnd);
        var quote = QuoteFor(line, mention.Start, close + 1, headEnd);
        var first = members[0];
        var leading = line.GapLength(open + 1, first.Start);
        if (first.IsCompany && leading == 0)
        {
            Span<char> restBuffer = stackalloc char[LineContext.GapBufferLength];
            var rest = line.Gap(first.End, close, restBuffer);
            if (ContainsAny(rest, InvestmentMarkers))
            {
                line.Add(first, RelationshipType.InvestsIn, mention, basis, quote);
            }
            else if (mention.IsArtifact && (rest.Length == 0 || StartsWithAny(rest, DeveloperMarkers)))
            {
                line.Add(first, RelationshipType.Develops, mention, basis, quote);
            }
        }
        else if (mention.IsCompany && members.TrueForAll(m => m.IsArtifact && m.IsKnown) && leading == 0
                 && line.GapLength(members[^1].End, close) == 0 && IsCoordinatedList(line, members))
        {
            foreach (var member in members)
            {
                line.Add(mention, RelationshipType.Develops, member, basis, quote);
            }
        }
    }

    /// <summary>Finds a parenthesis that opens right after <paramref name="position"/> (spaces and 系列 allowed between).</summary>
    internal static (int Open, int Close) FindParenthesis(string text, int position)
    {
        var i = position;
        while (i < text.Length && (text[i] is ' ' or '*' or '`' or '”' or '"' || (text[i] == '系' && i + 1 < text.Length && text[i + 1] == '列')))
        {
            i += text[i] == '系' ? 2 : 1;
        }

        if (i >= text.Length || text[i] is not ('(' or '（'))
        {
            return (-1, -1);
        }

        var limit = Math.Min(text.Length, i + MaxParenthesisLength);
        for (var j = i + 1; j < limit; j++)
        {
            if (text[j] is ')' or '）')
            {
                return (i, j);
            }

            if (text[j] is '(' or '（')
            {
                return (-1, -1);
            }
        }

        return (-1, -1);
    }

    internal static List<Mention> MentionsBetween(LineContext line, int start, int end)
    {
        var list = new List<Mention>();
        for (var k = line.FirstMentionAtOrAfter(start); k < line.Mentions.Count && line.Mentions[k].End <= end; k++)
        {
            list.Add(line.Mentions[k]);
        }

        return list;
    }

    internal static bool IsCoordinatedList(LineContext line, List<Mention> members)
    {
        Span<char> gapBuffer = stackalloc char[LineContext.GapBufferLength];
        for (var k = 1; k < members.Count; k++)
        {
            if (!TextGaps.IsCoordinator(TextGaps.StripAsides(line.Text.AsSpan(members[k - 1].End, members[k].Start - members[k - 1].End), gapBuffer)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
