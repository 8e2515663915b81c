namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Resolves <c>the round</c> / <c>本轮融资</c>: the company that raised money earlier in the line
/// (<c>Anysphere raised $60M. Thrive Capital led the round.</c>, <c>X完成1亿元融资，本轮由Y领投</c>).
/// </summary>
internal static class FundingRounds
{
    /// <summary>Words that say a company raised money; the recipient is the subject before them.</summary>
    public static readonly string[] RaiseWords =
        ["raised", "raises", "raising", "closed a", "closes a", "secured", "secures", "announced a", "completed a", "funding", "financing",
         "完成", "获得", "融资", "募资", "筹集"];

    /// <summary>The recipient of the round the cue at <paramref name="cueStart"/> speaks of; empty when the line names none.</summary>
    public static IReadOnlyList<Mention> Recipient(LineContext line, int cueStart, Func<Mention, bool> fits)
    {
        var before = line.Text.AsSpan(0, cueStart);
        var raise = -1;
        foreach (var word in RaiseWords)
        {
            raise = Math.Max(raise, before.LastIndexOf(word, StringComparison.OrdinalIgnoreCase));
        }

        if (raise <= 0)
        {
            var owner = RoundOwner(line, cueStart);
            return owner is not null && fits(owner) ? [owner] : [];
        }

        var subject = CueSubjects.Before(line, raise, fits, strict: true);
        if (subject.Count > 0)
        {
            return subject;
        }

        var nearest = CueSubjects.NearestBefore(line, raise, fits);
        return nearest is null ? [] : [nearest];
    }

    /// <summary>
    /// Owners a definite description names before a round after the cue (<c>led the company's seed round</c>); not <c>its</c>,
    /// which after an investor as often means the investor's own (<c>Sequoia led its largest round</c>).
    /// </summary>
    private static readonly string[] RoundAnaphors = ["the company's ", "the company’s ", "the startup's ", "the start-up's ", "the startup’s "];

    /// <summary>
    /// The company a pronoun owning the round after the cue stands for (<c>AWS supplies compute to Crucibel Labs, and Lux
    /// Capital led the company's seed round</c>): the nearest company before the investor; null when no such round follows.
    /// </summary>
    public static Mention? AnaphoricRoundAfter(LineContext line, int cueEnd, Mention investor)
    {
        var after = line.Text.AsSpan(cueEnd).TrimStart();
        var anaphor = WordMatch.StartingWord(after, RoundAnaphors, StringComparison.OrdinalIgnoreCase);
        if (anaphor is null || !NamesARound(after[anaphor.Length..]) || !line.Holds(investor))
        {
            return null;
        }

        return CueSubjects.NearestBefore(line, investor.Start, m => m.IsCompany && m.Key != investor.Key, crossSentences: true);
    }

    /// <summary>The mention right before a cue, past at most a comma (<c>…led by Thrive Capital, with participation from</c>), or null.</summary>
    public static Mention? LeadInvestorBefore(LineContext line, int cueStart)
    {
        var index = line.FirstMentionAtOrAfter(cueStart) - 1;
        if (index < 0)
        {
            return null;
        }

        var mention = line.Mentions[index];
        var gap = line.Text.AsSpan(mention.End, Math.Max(0, cueStart - mention.End)).Trim();
        return mention.End <= cueStart && (gap.IsEmpty || gap is "," or "，") ? mention : null;
    }

    /// <summary>Cues after which a name is a round's lead investor.</summary>
    private static readonly string[] LeadCues = ["led by", "co-led by", "joined by", "由"];

    /// <summary>
    /// Where the cue naming <paramref name="mention"/> as a round's investor starts (<c>…led by Thrive Capital with
    /// participation from Y</c>), or -1 when no such cue comes right before it.
    /// </summary>
    public static int LeadCueBefore(LineContext line, Mention mention)
    {
        var before = line.Text.AsSpan(0, mention.Start).TrimEnd();
        foreach (var cue in LeadCues)
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                return before.Length - cue.Length;
            }
        }

        return -1;
    }

    /// <summary>Words saying that the name before them led a round (<c>X led the round</c>, <c>X领投</c>).</summary>
    private static readonly string[] LeadWords = [" led ", " co-led ", "领投"];

    /// <summary>Whether the text between a name and a later cue says that name led the round.</summary>
    public static bool LedBetween(LineContext line, int from, int to) =>
        from < to && CueSpans.ContainsAny(line.Text.AsSpan(from, to - from), LeadWords);

    /// <summary>
    /// The company a round is named after before the cue, with no raise word: <c>X's Series B was led by…</c>,
    /// <c>X的B轮由…领投</c>. Only the nearest possessive in the cue's sentence is read.
    /// </summary>
    private static Mention? RoundOwner(LineContext line, int cueStart)
    {
        var sentenceStart = line.SentenceStart(cueStart);
        if (AnaphoricOwner(line, sentenceStart, cueStart) is { } antecedent)
        {
            return antecedent;
        }

        for (var index = line.FirstMentionAtOrAfter(cueStart) - 1; index >= 0; index--)
        {
            var mention = line.Mentions[index];
            if (mention.Start < sentenceStart)
            {
                break;
            }

            var after = line.Text.AsSpan(mention.End, Math.Max(0, cueStart - mention.End));
            foreach (var possessive in Possessives)
            {
                if (after.StartsWith(possessive, StringComparison.Ordinal) && NamesARound(after[possessive.Length..]))
                {
                    return mention;
                }
            }
        }

        return BareRoundOwner(line, sentenceStart, cueStart);
    }

    /// <summary>
    /// The sentence's subject when the cue's clause, or the clause before it, opens with a bare round label after a comma
    /// (<c>审度科技从英伟达采购了H20，A轮由柘川资本领投、智谱跟投</c>, <c>…，B轮由泓枫资本领投，国网英大跟投</c>): the round is
    /// the subject's; null otherwise.
    /// </summary>
    private static Mention? BareRoundOwner(LineContext line, int sentenceStart, int cueStart)
    {
        var clauseStart = line.ClauseStart(cueStart);
        var clauseEnd = cueStart;
        for (var step = 0; step < MaxRoundClauses && clauseStart > sentenceStart; step++)
        {
            if (line.Text[clauseStart - 1] is not ('，' or '；'))
            {
                return null;
            }

            var clause = line.Text.AsSpan(clauseStart, clauseEnd - clauseStart).TrimStart();
            var round = clause.IndexOf('轮');
            if (round is > 0 and <= MaxChineseRoundLabel && NamesARound(clause) && clause[..round].IndexOfAny(Discovery.ChineseWords.FunctionCharacters) < 0)
            {
                return CueSubjects.Before(line, clauseStart - 1, CueRoles.CanBeCompany, strict: true) is { Count: > 0 } subject ? subject[0] : SentenceTopic(line, sentenceStart);
            }

            clauseEnd = clauseStart - 1;
            clauseStart = line.ClauseStart(clauseEnd);
        }

        return null;
    }

    /// <summary>How many clauses back a bare round label is looked for: the cue's own and the lead's before it.</summary>
    private const int MaxRoundClauses = 2;

    /// <summary>The company opening the sentence as the owner of its subject (<c>墨檩的推理集群租用了…</c>), or null.</summary>
    private static Mention? SentenceTopic(LineContext line, int sentenceStart)
    {
        var index = line.FirstMentionAtOrAfter(sentenceStart);
        if (index >= line.Mentions.Count)
        {
            return null;
        }

        var first = line.Mentions[index];
        return line.GapLength(sentenceStart, first.Start) == 0 && CueRoles.CanBeCompany(first) && line.Text.AsSpan(first.End).StartsWith("的", StringComparison.Ordinal)
            ? first
            : null;
    }

    /// <summary>The company an anaphor owning the round stands for (<c>该公司的A轮由…领投</c>, <c>其种子轮</c>), or null.</summary>
    private static Mention? AnaphoricOwner(LineContext line, int sentenceStart, int cueStart)
    {
        var clause = line.Text.AsSpan(sentenceStart, cueStart - sentenceStart);
        for (var round = clause.IndexOf('轮'); round > 0; round = NextRound(clause, round))
        {
            // The round's label runs back from 轮 (A轮, 种子轮, 新一轮); what precedes it is its owner.
            for (var label = round - 1; label >= Math.Max(0, round - MaxChineseRoundLabel); label--)
            {
                if (!NamesARound(clause[label..]))
                {
                    continue;
                }

                var ownerEnd = clause[..label].EndsWith("的", StringComparison.Ordinal) ? label - 1 : label;
                if (CueSubjects.CompanyAntecedent(line, sentenceStart + ownerEnd) is { } owner)
                {
                    return owner;
                }
            }
        }

        return null;
    }

    private static int NextRound(ReadOnlySpan<char> clause, int round) =>
        clause[(round + 1)..].IndexOf('轮') is var next and >= 0 ? round + 1 + next : -1;

    /// <summary>What may join an owner to its round: an English possessive (<c>Tessary Labs' Series A</c> too), or nothing (<c>X的B轮</c> and <c>X B轮</c> both read as a round label).</summary>
    private static readonly string[] Possessives = ["'s ", "’s ", "' ", "’ ", ""];

    /// <summary>The longest round label read after a possessive: <c>Pre-A+轮</c>, <c>新一轮</c>, <c>天使轮</c>.</summary>
    private const int MaxChineseRoundLabel = 6;

    /// <summary>Whether <paramref name="text"/> opens with a round's name: <c>B轮</c>, <c>新一轮融资</c>, <c>Series B</c>, <c>seed round</c>, <c>latest round</c>.</summary>
    private static bool NamesARound(ReadOnlySpan<char> text)
    {
        // X's $28 million Series A, X’s €22M seed round: the amount before the round's name.
        text = text[AmountLength(text)..];
        var round = text.IndexOf('轮');
        if (round > 0 && round <= MaxChineseRoundLabel && text[..round].IndexOfAny("，,；;。 ") < 0)
        {
            return true;
        }

        if (text.StartsWith("Series ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var words = text[..Math.Min(text.Length, 24)];
        var comma = words.IndexOfAny(",;.");
        return (comma < 0 ? words : words[..comma]).Contains(" round", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("round", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Currency signs an English amount opens with (<c>$28 million</c>, <c>US$1.2 billion</c>, <c>€22M</c>).</summary>
    private static readonly string[] CurrencySigns = ["US$", "$", "€", "£", "¥", "RMB ", "CNY "];

    /// <summary>Words of scale after an amount's digits.</summary>
    private static readonly string[] Scales = ["million ", "billion ", "trillion ", "mn ", "bn ", "M ", "B ", "m ", "k "];

    /// <summary>How long the amount opening <paramref name="text"/> is, with the space after it; 0 when it opens with none.</summary>
    private static int AmountLength(ReadOnlySpan<char> text)
    {
        var sign = WordMatch.StartingWord(text, CurrencySigns, StringComparison.Ordinal);
        if (sign is null)
        {
            return 0;
        }

        var at = sign.Length;
        var digits = at;
        while (at < text.Length && (char.IsAsciiDigit(text[at]) || (at > digits && text[at] is '.' or ',')))
        {
            at++;
        }

        if (at == digits)
        {
            return 0;
        }

        at += text[at..].StartsWith(' ') ? 1 : 0;
        var scale = WordMatch.StartingWord(text[at..], Scales, StringComparison.Ordinal);
        return scale is not null ? at + scale.Length : text[at - 1] == ' ' ? at : 0;
    }
}
