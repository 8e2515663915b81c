namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Where a cue's arguments are: the nearest fitting mention on the left (with the list it closes), on the right
/// (with the list it opens) or inside an enclosed span; each side stays within its clause and a short gap.
/// </summary>
internal static class CueArguments
{
    /// <summary>The longest markup-free gap between a left argument and its cue (<c>OpenAI在2023年3月发布了</c>).</summary>
    public const int MaxLeftGap = 20;

    /// <summary>The longest gap between a cue and its right argument (<c>推出了全新的多模态大模型</c> …).</summary>
    public const int MaxRightGap = 24;

    /// <summary>The longest gap between a closer and an outer argument on its right (<c>基于GPT-4的</c> … <c>Copilot</c>).</summary>
    public const int MaxOuterRightGap = 14;

    /// <summary>How far back an enclosing parenthesis is looked for: one aside, not a paragraph.</summary>
    private const int MaxParenthesisLookBack = 60;

    /// <summary>
    /// Words that join a second verb phrase to the first one's subject (<c>X is built on Llama and competes with Y</c>):
    /// a mention right before them is the first verb's object, not the second verb's subject.
    /// </summary>
    private static readonly LowerWords VerbJoiners = new("and", "but", "andalso", "butalso", "andnow", "andis", "andisalso", "andare", "andwas", "butis", "并", "并且", "而且", "还", "同时");

    /// <summary>
    /// The nearest fitting mention left of the cue in its clause, with the mentions coordinated with it; else the
    /// sentence's subject or (unless <paramref name="strict"/>) the list topic and looser stand-ins (<see cref="CueSubjects.Before"/>).
    /// </summary>
    public static IReadOnlyList<Mention> Left(LineContext line, int cueStart, Func<Mention, bool> fits, bool strict = false)
    {
        var clauseStart = line.ClauseStart(cueStart);
        var index = line.FirstMentionAtOrAfter(cueStart) - 1;
        while (index >= 0 && (line.Mentions[index].End > cueStart || CueRoles.IsRoundName(line.Mentions[index].Surface)))
        {
            index--;
        }

        if (index >= 0 && line.Mentions[index].Start >= clauseStart)
        {
            var nearest = line.Mentions[index];
            Span<char> gapBuffer = stackalloc char[LineContext.GapBufferLength];
            var gap = line.Gap(nearest.End, cueStart, gapBuffer);
            if (gap.Length > 2 && (gap.StartsWith("'s", StringComparison.Ordinal) || gap.StartsWith("’s", StringComparison.Ordinal)))
            {
                // Perplexity's Sonar models are built on…: the owner is not the subject, the unnamed thing it owns is.
                return [];
            }

            if (CueSubjects.IsNounModifier(line, nearest) && !gap.Contains(' '))
            {
                // An ad-creative tool for Shopify merchants powered by FLUX.1: the name describes a noun; the subject is the clause's.
                return CueSubjects.Before(line, cueStart, fits, strict);
            }

            // NVIDIA invested $50M in Recursion in 2023 and ships H100 GPUs…: a phrase closing the first verb, then the joiner.
            var joined = VerbJoiners.Contains(gap) || (gap.Length <= MaxLeftGap && line.Text.AsSpan(nearest.End, cueStart - nearest.End).TrimEnd().EndsWith(" and", StringComparison.Ordinal));
            if (!joined && (gap.Length > MaxLeftGap || !fits(nearest)))
            {
                return [];
            }

            var list = new List<Mention> { nearest };
            Span<char> betweenBuffer = stackalloc char[LineContext.GapBufferLength];
            for (var k = index - 1; k >= 0; k--)
            {
                var between = TextGaps.StripAsides(line.Text.AsSpan(line.Mentions[k].End, line.Mentions[k + 1].Start - line.Mentions[k].End), betweenBuffer);
                // 火山方舟托管了豆包大模型，HiAgent基于…: a full-width comma closes the clause before; it lists nobody.
                if (!TextGaps.IsCoordinator(between) || between is "，" || !fits(line.Mentions[k]) || (between is ",and" && !ListContinuesBefore(line, k)))
                {
                    break;
                }

                list.Insert(0, line.Mentions[k]);
            }

            if (joined)
            {
                // The mention before "and"/"并" is the first verb's object unless it (or its list) opens the clause.
                var subject = CueSubjects.Before(line, list[0].Start, fits, strict: true);
                if (subject.Count == 0 && CueSubjects.ContinuedSubject(line, list[0].Start, fits) is { } continued)
                {
                    // It runs on Azure OpenAI Service and is powered by GPT-4.1: the pronoun is the subject, not the first verb's object.
                    return continued;
                }

                return subject.Count > 0 ? subject : fits(nearest) ? list : [];
            }

            return list;
        }

        return CueSubjects.Before(line, cueStart, fits, strict);
    }

    /// <summary>The first fitting mention right of the cue in its sentence (before the next cue), with the mentions listed after it.</summary>
    public static IReadOnlyList<Mention> Right(LineContext line, int cueEnd, Func<Mention, bool> fits, int maxGap, int bound = int.MaxValue)
    {
        var index = line.FirstMentionAtOrAfter(cueEnd);
        var limit = Math.Min(bound, ParenthesisEnd(line.Text, cueEnd));
        while (index < line.Mentions.Count && IsComparison(line.Text, line.Mentions[index].Start))
        {
            index++;
        }

        if (index >= line.Mentions.Count || line.Mentions[index].End > limit)
        {
            return [];
        }

        var first = line.Mentions[index];
        var rawGap = line.Text.AsSpan(cueEnd, first.Start - cueEnd);
        if (rawGap.TrimStart().StartsWith('、'))
        {
            // 红杉领投、启明跟投: the enumeration comma starts the next clause of a list, not the cue's object.
            return [];
        }

        if (TextGaps.HasSentenceBreak(rawGap) || rawGap.ContainsAny('，', ',', '；') || rawGap.Contains(';') || TextGaps.StrippedLength(rawGap) > maxGap)
        {
            return [];
        }

        Span<char> gapBuffer = stackalloc char[LineContext.GapBufferLength];
        // An owner before what it owns (FuriosaAI的RNGD芯片): the owned name is the argument, also when the owner is of no known type.
        var ownerLike = first.IsCompany || (first.Type is null && !first.IsCatalogued);
        if ((!fits(first) || first.Type is null) && ownerLike && index + 1 < line.Mentions.Count)
        {
            var next = line.Mentions[index + 1];
            var gap = line.Gap(first.End, next.Start, gapBuffer);
            if (fits(next) && (fits(first) ? next.Type is not null && gap is "的" or "'s" or "’s" : gap is "" or "的" or "'s" or "’s"))
            {
                index++;
                first = next;
            }
        }

        if (!fits(first) && !first.IsKnown && index + 1 < line.Mentions.Count && line.GapLength(first.End, line.Mentions[index + 1].Start) == 0)
        {
            // A quoted label written onto the name it describes: 基于“棋类AI”AlphaZero.
            index++;
            first = line.Mentions[index];
        }

        if (!fits(first) || IsExcluded(line.Text, first.End))
        {
            return [];
        }

        var list = new List<Mention> { first };
        for (var k = index + 1; k < line.Mentions.Count && line.Mentions[k].End <= limit; k++)
        {
            var raw = line.Text.AsSpan(line.Mentions[k - 1].End, line.Mentions[k].Start - line.Mentions[k - 1].End);
            if (OpensParenthesis(raw) || !TextGaps.IsCoordinator(TextGaps.StripAsides(raw, gapBuffer)) || !fits(line.Mentions[k]) || StartsPredicate(line.Text, line.Mentions[k].End)
                || OwnsADescription(line, k))
            {
                break;
            }

            list.Add(line.Mentions[k]);
        }

        return list;
    }

    /// <summary>The fitting mention nearest the closer inside an enclosed span, with the mentions coordinated with it.</summary>
    public static IReadOnlyList<Mention> Inner(LineContext line, int from, int to, Func<Mention, bool> fits)
    {
        var index = line.FirstMentionAtOrAfter(to) - 1;
        while (index >= 0 && line.Mentions[index].End > to)
        {
            index--;
        }

        if (index < 0 || line.Mentions[index].Start < from || !fits(line.Mentions[index]) || IsExcluded(line.Text, line.Mentions[index].End))
        {
            return [];
        }

        var list = new List<Mention> { line.Mentions[index] };
        Span<char> gapBuffer = stackalloc char[LineContext.GapBufferLength];
        for (var k = index - 1; k >= 0 && line.Mentions[k].Start >= from; k--)
        {
            var gap = TextGaps.StripAsides(line.Text.AsSpan(line.Mentions[k].End, line.Mentions[k + 1].Start - line.Mentions[k].End), gapBuffer);
            if (!TextGaps.IsCoordinator(gap) || !fits(line.Mentions[k]))
            {
                break;
            }

            list.Insert(0, line.Mentions[k]);
        }

        return list;
    }

    /// <summary>English words that, right after a name, make it the subject of a new verb phrase (<c>…, and Kor Assistant runs on…</c>).</summary>
    private static readonly LowerWords PredicateStarts =
        new("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "also", "now", "then", "still", "runs", "uses", "offers", "hosts", "competes", "rivals", "powers", "sells", "supplies");

    /// <summary>
    /// Whether a verb starts right after a listed name: <c>built on A, and B runs on C</c> lists A alone, B is the next
    /// clause's subject. A cue phrase of the lexicon or an English auxiliary counts.
    /// </summary>
    internal static bool StartsPredicate(string text, int position)
    {
        var i = position;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i == position && i < text.Length && char.IsAsciiLetter(text[i]))
        {
            return false;
        }

        if (i >= text.Length)
        {
            return false;
        }

        if (CueLexicon.Trie.MatchAt(text, i, out var frames) > 0 && frames is not null && frames[0].Shape != CueShape.None)
        {
            return true;
        }

        var end = i;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return end > i && PredicateStarts.Contains(text.AsSpan(i, end - i));
    }

    /// <summary>Whether the mention before <paramref name="k"/> is listed with it by a comma: only then does <c>, and</c> continue a list leftwards.</summary>
    private static bool ListContinuesBefore(LineContext line, int k)
    {
        Span<char> buffer = stackalloc char[LineContext.GapBufferLength];
        return k > 0 && TextGaps.StripAsides(line.Text.AsSpan(line.Mentions[k - 1].End, line.Mentions[k].Start - line.Mentions[k - 1].End), buffer) is "," or "，" or "、";
    }

    /// <summary>Whether a gap leaves a parenthesis open: what follows is an aside, not the next list item.</summary>
    private static bool OpensParenthesis(ReadOnlySpan<char> gap)
    {
        var depth = 0;
        foreach (var c in gap)
        {
            depth += c is '(' or '（' ? 1 : c is ')' or '）' ? -1 : 0;
        }

        return depth > 0;
    }

    /// <summary>Where the parenthesis enclosing <paramref name="position"/> closes; the text's length when none encloses it.</summary>
    private static int ParenthesisEnd(string text, int position)
    {
        var depth = 0;
        for (var i = position - 1; i >= 0 && i >= position - MaxParenthesisLookBack; i--)
        {
            if (text[i] is ')' or '）')
            {
                depth++;
            }
            else if (text[i] is '(' or '（')
            {
                if (depth == 0)
                {
                    var close = text.IndexOfAny([')', '）'], position);
                    return close < 0 ? text.Length : close;
                }

                depth--;
            }
        }

        return text.Length;
    }

    /// <summary>
    /// Whether the mention at <paramref name="k"/> owns a description set off after a listed name (<c>from M12, Microsoft's
    /// venture fund.</c>): the phrase describes the name before it, it lists nobody new.
    /// </summary>
    private static bool OwnsADescription(LineContext line, int k)
    {
        var after = line.Text.AsSpan(line.Mentions[k].End);
        if (!after.StartsWith("'s ", StringComparison.Ordinal) && !after.StartsWith("’s ", StringComparison.Ordinal))
        {
            return false;
        }

        var end = after.IndexOfAny(",.;)");
        var phrase = end < 0 ? after[3..] : after[3..end];
        var nextMention = k + 1 < line.Mentions.Count ? line.Mentions[k + 1].Start - line.Mentions[k].End : int.MaxValue;
        return !phrase.IsEmpty && (end < 0 || end < nextMention) && IsLowerWords(phrase);
    }

    private static bool IsLowerWords(ReadOnlySpan<char> phrase)
    {
        foreach (var c in phrase)
        {
            if (!(char.IsAsciiLetterLower(c) || c is ' ' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a name is set apart from the cue's real object (<c>为Character.AI之外的多家应用提供</c>).</summary>
    private static bool IsExcluded(string text, int mentionEnd)
    {
        var after = text.AsSpan(mentionEnd).TrimStart("”\"' ");
        return after.StartsWith("之外", StringComparison.Ordinal) || after.StartsWith("以外", StringComparison.Ordinal);
    }

    /// <summary>Whether a mention is only a point of comparison (<c>类 ChatGPT 应用</c>, <c>like ChatGPT</c>).</summary>
    private static bool IsComparison(string text, int mentionStart)
    {
        var i = mentionStart - 1;
        while (i >= 0 && text[i] is ' ' or '`' or '*' or '“' or '"')
        {
            i--;
        }

        return i >= 0 && (text[i] == '类' || (i >= 1 && text[i - 1] == '类' && text[i] == '似') || (i >= 3 && string.CompareOrdinal(text, i - 3, "like", 0, 4) == 0));
    }
}
