namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Who a clause without its own subject is about: the subject opening an earlier clause of the sentence, the
/// antecedent of an anaphor (<c>该公司</c>, <c>the company</c>, <c>It</c>), the previous sentence's subject when the
/// sentence continues it (<c>…。不光吸引了X加盟，还获得了微软的投资</c>), or the list topic.
/// </summary>
internal static partial class CueSubjects
{
    private static readonly LowerWords ClauseInitialPrefixes =
        new("而", "但", "且", "并", "同时", "此外", "其中", "另外", "而且", "不过", "目前", "如今", "近期", "最近", "then", "later", "now", "also", "meanwhile", "today");

    /// <summary>Openers of an appositive or relative clause: it describes the mention right before it (<c>Prism, an agent framework that runs on…</c>).</summary>
    private static readonly string[] AppositiveOpeners = ["a ", "an ", "the ", "which ", "that ", "who ", "一款", "一家", "一个", "即"];

    /// <summary>Pronouns opening a clause: they stand for the sentence's subject (<c>X is backed by Y, and it rents GPUs from Z</c>).</summary>
    private static readonly string[] Pronouns = ["it ", "they ", "and it ", "and they ", "but it ", "它", "它们", "其"];

    /// <summary>
    /// Openers of a sentence that continues the previous one's subject: Chinese drops it (<c>不光…，还…</c>), English
    /// refers back with a pronoun (<c>It also…</c>).
    /// </summary>
    private static readonly string[] SubjectlessOpeners =
        ["不光", "不仅", "还", "也", "又", "随后", "此后", "之后", "后来", "并且", "它", "其", "It ", "They ", "Its ", "Their "];

    /// <summary>
    /// The subject of the clause holding <paramref name="position"/>: see the type's summary. With
    /// <paramref name="strict"/>, only a subject that opens a clause of the sentence.
    /// </summary>
    public static IReadOnlyList<Mention> Before(LineContext line, int position, Func<Mention, bool> fits, bool strict = false)
    {
        var sentenceStart = line.SentenceStart(position);
        var clauseStart = line.ClauseStart(position);
        var clauseLead = line.Text.AsSpan(clauseStart, Math.Max(0, position - clauseStart)).TrimStart();
        if (clauseStart > sentenceStart && WordMatch.StartsWithAny(clauseLead, AppositiveOpeners, StringComparison.OrdinalIgnoreCase) && OnlyModifiersBetween(line, clauseStart, position))
        {
            var described = NearestBefore(line, clauseStart, _ => true);
            if (described is not null && line.ClauseStart(described.Start) < clauseStart && !line.Text.AsSpan(described.End).StartsWith("'s", StringComparison.Ordinal))
            {
                return fits(described) ? [described] : [];
            }
        }

        if (clauseStart > sentenceStart && WordMatch.StartsWithAny(clauseLead, Pronouns, StringComparison.OrdinalIgnoreCase))
        {
            var subject = Before(line, sentenceStart, fits, strict: true);
            if (subject.Count > 0)
            {
                return subject;
            }
        }

        if (WordMatch.StartsWithAny(clauseLead, PluralAnaphors, StringComparison.OrdinalIgnoreCase))
        {
            var pair = LastTwo(line, clauseStart, fits);
            if (pair.Count == 2)
            {
                return pair;
            }
        }

        var clauseText = line.Text.AsSpan(clauseStart, Math.Max(0, position - clauseStart));
        if (IsAnaphoric(clauseText))
        {
            var companyOnly = CueSpans.ContainsAny(clauseText, CompanyAnaphors);

            // The company opening a sentence stands for the previous sentence's subject (…fine-tuned from NVIDIA's Cosmos. The company rents…);
            // else the nearest name typed a company, before one of no known type (“钧衡工艺助手”由…驱动。该公司…).
            var antecedent = (companyOnly ? OpeningCompanyAnaphor(line, clauseStart, position) is { } opened && fits(opened) ? opened : null : null)
                ?? (companyOnly ? NearestBefore(line, clauseStart, m => fits(m) && m.IsCompany, crossSentences: true) : null)
                ?? NearestBefore(line, clauseStart, AntecedentFits(clauseText, fits), crossSentences: true);
            if (antecedent is not null)
            {
                return [antecedent];
            }
        }

        // 火山引擎也为秘塔科技提供算力: the clause has a subject of its own that no mention covers; an earlier clause's is not it.
        if (line.FirstMentionAtOrAfter(clauseStart) < line.Mentions.Count && line.Mentions[line.FirstMentionAtOrAfter(clauseStart)].Start > clauseStart + MinUnnamedSubject
            && HasUnnamedSubject(clauseLead))
        {
            return [];
        }

        Span<char> gapBuffer = stackalloc char[LineContext.GapBufferLength];
        for (var start = clauseStart; start >= sentenceStart;)
        {
            var index = line.FirstMentionAtOrAfter(start);
            if (index < line.Mentions.Count && line.Mentions[index].End <= position && IsClauseInitial(line.Gap(start, line.Mentions[index].Start, gapBuffer)))
            {
                var subject = Possessed(line, index, position);
                if (subject is not null)
                {
                    return fits(subject) ? [subject] : [];
                }
            }

            if (start == sentenceStart)
            {
                break;
            }

            start = line.ClauseStart(start - 1);
        }

        if (strict)
        {
            return [];
        }

        // …。公司成立之初，就获得了…: a sentence opened by an anaphor has the previous sentence's subject in its later subjectless clauses.
        if (sentenceStart > 0 && clauseStart > sentenceStart
            && WordMatch.StartsWithAny(line.Text.AsSpan(sentenceStart, clauseStart - sentenceStart).TrimStart(" *_-—\u3000"), SentenceAnaphors, StringComparison.OrdinalIgnoreCase)
            && line.FirstMentionAtOrAfter(sentenceStart) >= line.FirstMentionAtOrAfter(position)
            && Before(line, sentenceStart - 1, m => fits(m) && CueRoles.CanBeCompany(m), strict: true) is { Count: > 0 } named)
        {
            return named;
        }

        if (sentenceStart > 0 && OpensSubjectless(line.Text.AsSpan(sentenceStart, position - sentenceStart)))
        {
            var previous = Before(line, sentenceStart - 1, fits, strict: true);
            if (previous.Count > 0)
            {
                return previous;
            }
        }

        var first = line.FirstMentionAtOrAfter(sentenceStart);
        if (first < line.Mentions.Count && line.Mentions[first].End <= position && fits(line.Mentions[first]) && !IsAttribution(line, line.Mentions[first]))
        {
            for (var k = first + 1; k < line.Mentions.Count && line.Mentions[k].End <= clauseStart; k++)
            {
                if (fits(line.Mentions[k]) && line.Mentions[k].Key != line.Mentions[first].Key)
                {
                    return [];
                }
            }

            return [line.Mentions[first]];
        }

        foreach (var topic in line.Topic)
        {
            if (fits(topic))
            {
                return [topic];
            }
        }

        return [];
    }

    /// <summary>The subject after a sentence-initial phrase (<c>基于X，Y框架…</c>): the first fitting mention opening a later clause.</summary>
    public static IReadOnlyList<Mention> After(LineContext line, int position, Func<Mention, bool> fits)
    {
        var sentenceEnd = line.SentenceEnd(position);
        Span<char> gapBuffer = stackalloc char[LineContext.GapBufferLength];
        for (var k = line.FirstMentionAtOrAfter(position); k < line.Mentions.Count && line.Mentions[k].Start < sentenceEnd; k++)
        {
            var mention = line.Mentions[k];
            if (line.ClauseStart(mention.Start) > position && IsClauseInitial(line.Gap(line.ClauseStart(mention.Start), mention.Start, gapBuffer)))
            {
                return fits(mention) ? [mention] : [];
            }
        }

        return [];
    }

    /// <summary>The nearest fitting mention before a position, in its sentence or, when allowed, earlier in the line.</summary>
    public static Mention? NearestBefore(LineContext line, int position, Func<Mention, bool> fits, bool crossSentences = false)
    {
        var sentenceStart = crossSentences ? 0 : line.SentenceStart(position);
        for (var k = line.FirstMentionAtOrAfter(position) - 1; k >= 0 && line.Mentions[k].Start >= sentenceStart; k--)
        {
            if (fits(line.Mentions[k]))
            {
                return line.Mentions[k];
            }
        }

        return null;
    }

    /// <summary>
    /// The subject a clause-initial mention gives: itself, or what it owns when a possessive follows
    /// (<c>Anysphere's Cursor, which…</c> is about Cursor); <see langword="null"/> for an owner of something unnamed
    /// (<c>NVIDIA's venture arm</c>), which is a description, not a subject.
    /// </summary>
    private static Mention? Possessed(LineContext line, int index, int position)
    {
        var mention = line.Mentions[index];
        var after = line.Text.AsSpan(mention.End);
        if (after.StartsWith('的'))
        {
            // 字节跳动的对话产品，底层是…: the company owns the unnamed product the clause is about.
            return OwnsTheWholeClause(line, index, position) ? null : mention;
        }

        if (!after.StartsWith("'s", StringComparison.Ordinal) && !after.StartsWith("’s", StringComparison.Ordinal) && !after.StartsWith("' ", StringComparison.Ordinal))
        {
            return mention;
        }

        Span<char> gapBuffer = stackalloc char[LineContext.GapBufferLength];
        if (index + 1 < line.Mentions.Count && line.Mentions[index + 1].End <= position && line.Gap(mention.End, line.Mentions[index + 1].Start, gapBuffer) is "'s" or "’s" or "'")
        {
            return line.Mentions[index + 1];
        }

        return null;
    }


    /// <summary>
    /// Whether the mention at <paramref name="index"/> owns the rest of its clause, an unnamed thing (<c>字节跳动的对话产品，</c>):
    /// only ideographs follow its <c>的</c> up to a clause break before <paramref name="position"/>.
    /// </summary>
    private static bool OwnsTheWholeClause(LineContext line, int index, int position)
    {
        var text = line.Text;
        var i = line.Mentions[index].End + 1;
        var start = i;
        while (i < position && Discovery.ChineseNameFinder.IsCjk(text[i]))
        {
            i++;
        }

        return i - start >= 2 && i < position && TextGaps.IsClauseBreak(text[i]) && (index + 1 >= line.Mentions.Count || line.Mentions[index + 1].Start >= i);
    }

    /// <summary>English prepositions after which a name before a noun only describes that noun (<c>a tool for Shopify merchants</c>).</summary>
    private static readonly LowerWords ModifierPrepositions = new("for", "to", "of", "from", "with", "among", "at");

    /// <summary>
    /// Whether a mention describes the noun after it, in a prepositional phrase (<c>an ad-creative tool for Shopify
    /// merchants powered by FLUX.1</c>): it is nobody's subject.
    /// </summary>
    public static bool IsNounModifier(LineContext line, Mention mention)
    {
        var before = line.Text.AsSpan(0, mention.Start);
        if (!before.EndsWith(' '))
        {
            return false;
        }

        before = before.TrimEnd(' ');
        var wordStart = before.LastIndexOf(' ') + 1;
        if (!ModifierPrepositions.Contains(before[wordStart..]))
        {
            return false;
        }

        var after = line.Text.AsSpan(mention.End);
        var i = 1;
        while (i < after.Length && char.IsAsciiLetterLower(after[i]))
        {
            i++;
        }

        return after.Length > 2 && after[0] == ' ' && i > 2 && (i == after.Length || !char.IsAsciiLetterOrDigit(after[i]));
    }

    /// <summary>Whether every mention from <paramref name="from"/> up to <paramref name="to"/> only describes a noun (or there is none).</summary>
    private static bool OnlyModifiersBetween(LineContext line, int from, int to)
    {
        for (var k = line.FirstMentionAtOrAfter(from); k < line.FirstMentionAtOrAfter(to); k++)
        {
            if (!IsNounModifier(line, line.Mentions[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a mention names who reports something (<c>根据TrendForce</c>, <c>according to IDC</c>), not who acts.</summary>
    private static bool IsAttribution(LineContext line, Mention mention)
    {
        var before = line.Text.AsSpan(0, mention.Start).TrimEnd();
        return before.EndsWith("根据", StringComparison.Ordinal) || before.EndsWith("据", StringComparison.Ordinal)
            || before.EndsWith("according to", StringComparison.OrdinalIgnoreCase) || before.EndsWith("per", StringComparison.Ordinal);
    }

    private static bool IsClauseInitial(ReadOnlySpan<char> prefix) =>
        prefix.Length == 0 || ClauseInitialPrefixes.Contains(prefix);

    private static bool OpensSubjectless(ReadOnlySpan<char> sentence)
    {
        var trimmed = sentence.TrimStart(" *_-—\u3000");
        foreach (var opener in SubjectlessOpeners)
        {
            if (trimmed.StartsWith(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
