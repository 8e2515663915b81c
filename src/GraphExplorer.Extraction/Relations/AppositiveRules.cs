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

        ApplyAnaphoric(line);
        ApplyNamedAfter(line);
    }

    /// <summary>A company's product described, then named: <c>Rimal Compute's public GPU service, Rimal Cloud</c>.</summary>
    private static void ApplyNamedAfter(LineContext line)
    {
        var text = line.Text;
        for (var i = 1; i < line.Mentions.Count; i++)
        {
            var company = line.Mentions[i - 1];
            var product = line.Mentions[i];
            var gap = text.AsSpan(company.End, product.Start - company.End);
            if (!company.IsCompany || !product.IsArtifact || !(gap.StartsWith("'s ", StringComparison.Ordinal) || gap.StartsWith("’s ", StringComparison.Ordinal)))
            {
                continue;
            }

            // The description holds words only, ends in a class noun and a comma: "'s public GPU service, ".
            var description = gap[3..].TrimEnd();
            if (description.EndsWith(',') && description.Length <= MaxQualifierLength && description[..^1].IndexOfAny(",;.()") < 0
                && WordMatch.EndsWithAny(description[..^1], NamedClassNouns, StringComparison.OrdinalIgnoreCase) && !Hedges.IsHedged(line, company.Start))
            {
                line.Add(company, RelationshipType.Develops, product, EvidenceBasis.Prose, line.SentenceQuote(company.Start, product.End));
            }
        }
    }

    /// <summary>Class nouns a product is described by before its name is given.</summary>
    private static readonly string[] NamedClassNouns = ["service", "platform", "cloud", "model", "models", "app", "assistant", "product", "chip", "agent", "tool", "engine", "framework"];

    /// <summary>A product described as the company's by an anaphor: <c>珀映-Avatar 2.0是该公司基于…微调的形象生成模型</c>.</summary>
    private static void ApplyAnaphoric(LineContext line)
    {
        var text = line.Text;
        foreach (var product in line.Mentions)
        {
            var after = text.AsSpan(product.End);
            var anaphor = WordMatch.StartingWord(after, AnaphoricPredicates, StringComparison.OrdinalIgnoreCase);
            if (!product.IsArtifact || anaphor is null)
            {
                continue;
            }

            var anaphorEnd = product.End + anaphor.Length;
            var next = line.FirstMentionAtOrAfter(anaphorEnd);
            var nounEnd = ClassNounEnd(line, anaphorEnd, next < line.Mentions.Count ? line.Mentions[next].Start : text.Length);
            if (nounEnd > 0 && CueSubjects.CompanyAntecedent(line, anaphorEnd) is { } company && company.Key != product.Key && !Hedges.IsHedged(line, product.End))
            {
                line.Add(company, RelationshipType.Develops, product, EvidenceBasis.Prose, line.SentenceQuote(product.Start, nounEnd));
            }
        }
    }

    /// <summary>A predicate naming the maker by anaphor.</summary>
    private static readonly string[] AnaphoricPredicates = ["是该公司", "是这家公司", " is the company", " is the startup"];

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

        // 珀映科技基于通义万相2.1微调的…模型: what the company made from a base, read past the base's name.
        var made = possessive < 0 ? WordMatch.StartingWord(rest, MakerPhrases, StringComparison.Ordinal) : null;
        if (possessive < 0 && made is null)
        {
            return 0;
        }

        var start = from + Math.Max(possessive, made?.Length ?? 0);
        var limit = Math.Min(Math.Min(made is null ? nextMention : int.MaxValue, text.Length), start + MaxQualifierLength);
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

    /// <summary>What a company did to make the product described (<c>X基于Y微调的…模型</c>, <c>X自研的…芯片</c>).</summary>
    private static readonly string[] MakerPhrases = ["基于", "自研的", "推出的", "开发的", "研发的", "打造的", "训练的"];

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
