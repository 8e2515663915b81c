using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// A product named, then described as a company's: <c>Claude, Anthropic's flagship model</c>,
/// <c>Nimbus-7（Zephyrix Labs的大模型）</c>, <c>豆包是字节跳动的AI助手</c> — the company develops the product.
/// </summary>
internal static class AppositiveRules
{
    /// <summary>How many words may qualify the class noun (<c>flagship open-source</c>, <c>最新的多模态</c>).</summary>
    private const int MaxQualifierLength = 24;

    private static readonly string[] Possessives = ["'s", "’s", "的"];

    private static readonly string[] ClassNouns =
        ["models", "model", "LLM", "chatbot", "assistant", "chip", "accelerator", "app", "product", "platform", "agent", "copilot", "framework",
         "大模型", "模型", "产品", "芯片", "助手", "聊天机器人", "应用", "平台", "智能体", "框架", "加速卡"];

    private static readonly LowerWords Joiners = new(",", "，", "(", "（", "is", "was", "是", "为", "—", "-", "，即", "isnow");

    /// <summary>Applies the rule to a line's mentions.</summary>
    public static void Apply(LineContext line)
    {
        var mentions = line.Mentions;
        Span<char> gapBuffer = stackalloc char[LineContext.GapBufferLength];
        for (var i = 1; i < mentions.Count; i++)
        {
            var company = mentions[i];
            var product = mentions[i - 1];
            if (!CueRoles.CanBeCompany(company) || !product.IsArtifact || (!company.IsKnown && !product.IsKnown)
                || !Joiners.Contains(line.Gap(product.End, company.Start, gapBuffer)))
            {
                continue;
            }

            var nounEnd = ClassNounEnd(line, company.End, i + 1 < mentions.Count ? mentions[i + 1].Start : line.Text.Length);
            if (nounEnd > 0 && !Hedges.IsHedged(line, company.Start))
            {
                line.Add(company, RelationshipType.Develops, product, EvidenceBasis.Prose, line.SentenceQuote(product.Start, nounEnd));
            }
        }
    }

    /// <summary>Where the <c>'s … model</c> after a company ends, when it closes its clause; 0 otherwise.</summary>
    private static int ClassNounEnd(LineContext line, int from, int nextMention)
    {
        var text = line.Text;
        var rest = text.AsSpan(from);
        var possessive = -1;
        foreach (var word in Possessives)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                possessive = word.Length;
            }
        }

        if (possessive < 0)
        {
            return 0;
        }

        var start = from + possessive;
        var limit = Math.Min(Math.Min(nextMention, text.Length), start + MaxQualifierLength);
        for (var i = start; i < limit; i++)
        {
            if (TextGaps.IsClauseBreak(text[i]))
            {
                return 0;
            }

            foreach (var noun in ClassNouns)
            {
                if (string.Compare(text, i, noun, 0, noun.Length, StringComparison.OrdinalIgnoreCase) == 0 && ClosesClause(text, i + noun.Length))
                {
                    return i + noun.Length;
                }
            }
        }

        return 0;
    }

    private static bool ClosesClause(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '*' or '`' or '之' or '一')
        {
            i++;
        }

        return i >= text.Length || TextGaps.IsClauseBreak(text[i]) || text[i] is ')' or '）' or '.' or '—';
    }
}
