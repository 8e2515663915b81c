using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Prose rules: every cue phrase in a line (<see cref="CueLexicon"/>) is tried frame by frame; a frame that finds
/// arguments of the right kinds on the right sides makes relations, several per sentence and one per listed object.
/// Negated, questioning and speculative sentences make none (<see cref="Hedges"/>).
/// </summary>
internal static class CueRules
{
    private const int MaxLeftGap = 20;
    private const int MaxRightGap = 24;
    private const int MaxEnclosedSpan = 40;
    private const int MaxOuterRightGap = 14;
    private const int RequiresWindow = 12;

    /// <summary>Applies the cue rules to a line.</summary>
    public static void Apply(LineContext line)
    {
        if (line.Mentions.Count == 0 || (line.Mentions.Count == 1 && line.Topic.Count == 0))
        {
            return;
        }

        var cues = new List<(int Start, int Length, IReadOnlyList<CueFrame> Frames)>();
        CueLexicon.Trie.Scan(line.Text, cues);
        cues.RemoveAll(c => IsInsideMention(line, c.Start));
        var consumedUntil = -1;
        for (var i = 0; i < cues.Count; i++)
        {
            var (start, length, frames) = cues[i];
            if (start < consumedUntil || frames[0].Shape == CueShape.None)
            {
                continue;
            }

            var nextCue = i + 1 < cues.Count ? cues[i + 1].Start : int.MaxValue;
            foreach (var frame in frames)
            {
                var closerEnd = TryFrame(line, frame, start, start + length, nextCue);
                if (closerEnd > 0)
                {
                    consumedUntil = Math.Max(consumedUntil, closerEnd);
                    break;
                }
            }
        }
    }

    private static bool IsInsideMention(LineContext line, int position)
    {
        var index = line.FirstMentionAtOrAfter(position + 1) - 1;
        return index >= 0 && line.Mentions[index].Start <= position && position < line.Mentions[index].End;
    }

    /// <returns>0 when the frame did not apply; otherwise the end of the text it consumed.</returns>
    private static int TryFrame(LineContext line, CueFrame frame, int cueStart, int cueEnd, int nextCue)
    {
        var (sourceFits, targetFits) = RoleFilters(frame.Type);
        List<Mention> sources;
        List<Mention> targets;
        var consumed = cueEnd;
        switch (frame.Shape)
        {
            case CueShape.Forward:
                if (!RequirementMet(line, frame, cueEnd))
                {
                    return 0;
                }

                if (frame.Type == RelationshipType.CompetesWith)
                {
                    return AddCompetitors(line, cueStart, cueEnd);
                }

                sources = LeftArguments(line, cueStart, sourceFits);
                targets = RightArguments(line, cueEnd, targetFits, MaxRightGap, nextCue);
                if (sources.Count == 0 && targets.Count > 0 && frame.Type == RelationshipType.BuiltOn && line.Gap(line.SentenceStart(cueStart), cueStart).Length == 0)
                {
                    sources = SubjectAfter(line, targets[^1].End, sourceFits);
                }

                if (targets.Count == 0 && sources.Count > 0 && FollowedBy(line.Text, cueEnd, '的'))
                {
                    targets = SubjectBefore(line, sources[0].Start, targetFits);
                }

                break;
            case CueShape.Backward:
                if (!RequirementMet(line, frame, cueEnd))
                {
                    return 0;
                }

                targets = LeftArguments(line, cueStart, targetFits);
                sources = RightArguments(line, cueEnd, sourceFits, MaxRightGap, nextCue);
                break;
            case CueShape.Enclosed:
                var closer = FindCloser(line, frame, cueEnd);
                if (closer.Start < 0)
                {
                    return 0;
                }

                var inner = InnerArguments(line, cueEnd, closer.Start, frame.InnerIsSource ? sourceFits : targetFits);
                var outerFits = frame.InnerIsSource ? targetFits : sourceFits;
                var outer = frame.OuterOnRight
                    ? RightArguments(line, closer.End, outerFits, MaxOuterRightGap)
                    : LeftArguments(line, cueStart, outerFits);
                (sources, targets) = frame.InnerIsSource ? (inner, outer) : (outer, inner);
                consumed = closer.End;
                break;
            default:
                return 0;
        }

        if (sources.Count == 0 || targets.Count == 0 || Hedges.IsHedged(line, cueStart))
        {
            return 0;
        }

        var added = 0;
        foreach (var source in sources)
        {
            foreach (var target in targets)
            {
                if (source.Key != target.Key && (source.IsKnown || target.IsKnown))
                {
                    var quote = line.SentenceQuote(Math.Min(source.Start, Math.Min(target.Start, cueStart)), Math.Max(source.End, Math.Max(target.End, cueEnd)));
                    line.Add(source, frame.Type, target, EvidenceBasis.Prose, quote);
                    added++;
                }
            }
        }

        return added > 0 ? consumed : 0;
    }

    private static (Func<Mention, bool> Source, Func<Mention, bool> Target) RoleFilters(RelationshipType type) => type switch
    {
        RelationshipType.Develops => (m => m.IsCompany, m => m.IsArtifact),
        RelationshipType.BuiltOn => (m => m.IsArtifact, m => m.IsArtifact && m.IsKnown),
        RelationshipType.InvestsIn => (m => m.IsCompany, m => m.IsCompany || !m.IsKnown),
        RelationshipType.SuppliesComputeTo => (m => m.IsKnown, m => m.IsCompany),
        _ => (m => m.IsKnown, m => m.IsKnown),
    };

    private static int AddCompetitors(LineContext line, int cueStart, int cueEnd)
    {
        if (Hedges.IsHedged(line, cueStart))
        {
            return 0;
        }

        static bool Known(Mention m) => m.IsKnown;
        var left = NearestLeft(line, cueStart, Known);
        var right = RightArguments(line, cueEnd, Known, MaxRightGap);
        if (right.Count > 0)
        {
            right[0] = ProductOf(line, right[0]);
        }

        Mention? first = null;
        Mention? second = null;
        if (left.Count >= 2 && right.Count == 0)
        {
            (first, second) = (left[0], left[1]);
        }
        else if (left.Count >= 1 && right.Count >= 1)
        {
            (first, second) = (left[^1], right[0]);
        }
        else if (left.Count == 1)
        {
            second = left[0];
            bool SameKind(Mention m) => m.IsKnown && m.IsCompany == second.IsCompany && m.Key != second.Key;
            first = SubjectBefore(line, second.Start, SameKind, strict: true).FirstOrDefault()
                ?? (RefersBack(line, cueStart) ? NearestBefore(line, line.SentenceStart(cueStart), SameKind, crossSentences: true) : null);
        }
        else if (right.Count >= 1)
        {
            second = right[0];
            bool SameKind(Mention m) => m.IsKnown && m.IsCompany == second.IsCompany && m.Key != second.Key;
            first = NearestBefore(line, cueStart, SameKind, crossSentences: line.Gap(line.SentenceStart(cueStart), cueStart).Length <= 4);
        }

        if (first is null || second is null || first.Key == second.Key || first.IsCompany != second.IsCompany)
        {
            return 0;
        }

        line.Add(first, RelationshipType.CompetesWith, second, EvidenceBasis.Prose, line.SentenceQuote(Math.Min(first.Start, cueStart), Math.Max(second.End, cueEnd)));
        return cueEnd;
    }

    /// <summary>The nearest mention left of the cue in its clause with its coordinated list; no fallback.</summary>
    private static List<Mention> NearestLeft(LineContext line, int cueStart, Func<Mention, bool> fits)
    {
        var clauseStart = line.ClauseStart(cueStart);
        var index = line.FirstMentionAtOrAfter(cueStart) - 1;
        if (index < 0 || line.Mentions[index].Start < clauseStart || line.Mentions[index].End > cueStart)
        {
            return [];
        }

        return LeftArguments(line, cueStart, fits);
    }

    /// <summary>A company written right before its product (<c>谷歌chrome</c>) stands for the product.</summary>
    private static Mention ProductOf(LineContext line, Mention mention)
    {
        var index = line.FirstMentionAtOrAfter(mention.End);
        return mention.IsCompany && index < line.Mentions.Count && line.Mentions[index].IsArtifact && line.Mentions[index].IsKnown
            && line.Gap(mention.End, line.Mentions[index].Start) is "" or "的" or "'s"
            ? line.Mentions[index]
            : mention;
    }

    /// <summary>Whether the sentence before the cue refers back with a pronoun (<c>其</c>, <c>它</c>, <c>its</c>).</summary>
    private static bool RefersBack(LineContext line, int cueStart)
    {
        var sentence = line.Text.AsSpan(line.SentenceStart(cueStart), cueStart - line.SentenceStart(cueStart));
        return sentence.Contains('其') || sentence.Contains('它') || sentence.Contains(" its ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The nearest fitting mention before a position, in its sentence or, when allowed, earlier in the line.</summary>
    private static Mention? NearestBefore(LineContext line, int position, Func<Mention, bool> fits, bool crossSentences = false)
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

    /// <summary>The nearest fitting mention left of the cue in its clause, with the mentions coordinated with it; else the sentence's subject or the list topic.</summary>
    private static List<Mention> LeftArguments(LineContext line, int cueStart, Func<Mention, bool> fits)
    {
        var clauseStart = line.ClauseStart(cueStart);
        var index = line.FirstMentionAtOrAfter(cueStart) - 1;
        while (index >= 0 && line.Mentions[index].End > cueStart)
        {
            index--;
        }

        if (index >= 0 && line.Mentions[index].Start >= clauseStart)
        {
            var nearest = line.Mentions[index];
            if (line.Gap(nearest.End, cueStart).Length > MaxLeftGap || !fits(nearest))
            {
                return [];
            }

            var list = new List<Mention> { nearest };
            for (var k = index - 1; k >= 0; k--)
            {
                var gap = TextGaps.StripAsides(line.Text.AsSpan(line.Mentions[k].End, line.Mentions[k + 1].Start - line.Mentions[k].End));
                if (!TextGaps.IsCoordinator(gap) || !fits(line.Mentions[k]))
                {
                    break;
                }

                list.Insert(0, line.Mentions[k]);
            }

            return list;
        }

        return SubjectBefore(line, cueStart, fits);
    }

    /// <summary>The subject after a sentence-initial phrase (<c>基于X，Y框架…</c>): the first fitting mention opening a later clause.</summary>
    private static List<Mention> SubjectAfter(LineContext line, int position, Func<Mention, bool> fits)
    {
        var sentenceEnd = line.SentenceEnd(position);
        for (var k = line.FirstMentionAtOrAfter(position); k < line.Mentions.Count && line.Mentions[k].Start < sentenceEnd; k++)
        {
            var mention = line.Mentions[k];
            if (line.ClauseStart(mention.Start) > position && IsClauseInitial(line.Gap(line.ClauseStart(mention.Start), mention.Start)))
            {
                return fits(mention) ? [mention] : [];
            }
        }

        return [];
    }

    /// <summary>
    /// Who a clause without its own subject is about: the subject that opens the nearest clause of the sentence
    /// (<c>Codex是…，基于GPT-3微调</c>); for an anaphor (<c>该公司</c>, <c>其</c>) the nearest fitting mention before;
    /// else the sentence's first mention when nothing else could stand in its place; else the list topic.
    /// </summary>
    private static List<Mention> SubjectBefore(LineContext line, int position, Func<Mention, bool> fits, bool strict = false)
    {
        var sentenceStart = line.SentenceStart(position);
        var clauseStart = line.ClauseStart(position);
        if (IsAnaphoric(line.Text.AsSpan(clauseStart, Math.Max(0, position - clauseStart))))
        {
            for (var k = line.FirstMentionAtOrAfter(clauseStart) - 1; k >= 0; k--)
            {
                if (fits(line.Mentions[k]))
                {
                    return [line.Mentions[k]];
                }
            }
        }

        for (var start = clauseStart; start >= sentenceStart;)
        {
            var index = line.FirstMentionAtOrAfter(start);
            if (index < line.Mentions.Count && line.Mentions[index].End <= position && IsClauseInitial(line.Gap(start, line.Mentions[index].Start)))
            {
                var subject = line.Mentions[index];
                return fits(subject) ? [subject] : [];
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

        var first = line.FirstMentionAtOrAfter(sentenceStart);
        if (first < line.Mentions.Count && line.Mentions[first].End <= position && fits(line.Mentions[first]))
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

    private static bool IsClauseInitial(string prefix) =>
        prefix.Length == 0 || prefix is "而" or "但" or "且" or "并" or "同时" or "此外" or "其中" or "另外" or "而且" or "不过" or "目前" or "如今" or "近期" or "最近";

    private static bool IsAnaphoric(ReadOnlySpan<char> text) =>
        text.Contains("该公司", StringComparison.Ordinal) || text.Contains("该企业", StringComparison.Ordinal) || text.Contains("这家公司", StringComparison.Ordinal)
        || text.Contains("该机构", StringComparison.Ordinal) || text.Contains("this company", StringComparison.OrdinalIgnoreCase)
        || text.Contains("the company", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first fitting mention right of the cue in its sentence (before the next cue), with the mentions listed after it.</summary>
    private static List<Mention> RightArguments(LineContext line, int cueEnd, Func<Mention, bool> fits, int maxGap, int bound = int.MaxValue)
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
        if (TextGaps.HasSentenceBreak(rawGap) || rawGap.ContainsAny('，', ',', '；') || rawGap.Contains(';') || TextGaps.Strip(rawGap).Length > maxGap)
        {
            return [];
        }

        if (!fits(first) && first.IsCompany && index + 1 < line.Mentions.Count)
        {
            var next = line.Mentions[index + 1];
            var gap = line.Gap(first.End, next.Start);
            if (fits(next) && gap is "" or "的" or "'s" or "’s")
            {
                index++;
                first = next;
            }
        }

        if (!fits(first))
        {
            return [];
        }

        var list = new List<Mention> { first };
        for (var k = index + 1; k < line.Mentions.Count && line.Mentions[k].End <= limit; k++)
        {
            var raw = line.Text.AsSpan(line.Mentions[k - 1].End, line.Mentions[k].Start - line.Mentions[k - 1].End);
            if (OpensParenthesis(raw) || !TextGaps.IsCoordinator(TextGaps.StripAsides(raw)) || !fits(line.Mentions[k]))
            {
                break;
            }

            list.Add(line.Mentions[k]);
        }

        return list;
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
        for (var i = position - 1; i >= 0 && i >= position - 60; i--)
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

    /// <summary>The fitting mention nearest the closer inside an enclosed span, with the mentions coordinated with it.</summary>
    private static List<Mention> InnerArguments(LineContext line, int from, int to, Func<Mention, bool> fits)
    {
        var list = new List<Mention>();
        var index = line.FirstMentionAtOrAfter(to) - 1;
        while (index >= 0 && line.Mentions[index].End > to)
        {
            index--;
        }

        if (index < 0 || line.Mentions[index].Start < from || !fits(line.Mentions[index]))
        {
            return list;
        }

        list.Add(line.Mentions[index]);
        for (var k = index - 1; k >= 0 && line.Mentions[k].Start >= from; k--)
        {
            var gap = TextGaps.StripAsides(line.Text.AsSpan(line.Mentions[k].End, line.Mentions[k + 1].Start - line.Mentions[k].End));
            if (!TextGaps.IsCoordinator(gap) || !fits(line.Mentions[k]))
            {
                break;
            }

            list.Insert(0, line.Mentions[k]);
        }

        return list;
    }

    private static (int Start, int End) FindCloser(LineContext line, CueFrame frame, int from)
    {
        if (frame.Closers is null)
        {
            return (-1, -1);
        }

        var text = line.Text;
        var limit = Math.Min(text.Length, from + MaxEnclosedSpan);
        for (var i = from; i < limit; i++)
        {
            if (TextGaps.IsSentenceBreak(text[i]))
            {
                return (-1, -1);
            }

            foreach (var closer in frame.Closers)
            {
                if (string.CompareOrdinal(text, i, closer, 0, closer.Length) == 0 && !IsInsideMention(line, i) && i > from)
                {
                    var end = i + closer.Length;
                    return frame.Requires is null || RequirementMet(line, frame, end) ? (i, end) : (-1, -1);
                }
            }
        }

        return (-1, -1);
    }

    private static bool RequirementMet(LineContext line, CueFrame frame, int from)
    {
        if (frame.Requires is null)
        {
            return true;
        }

        var end = Math.Min(line.Text.Length, from + RequiresWindow + 20);
        var window = line.Text.AsSpan(from, end - from);
        foreach (var word in frame.Requires)
        {
            if (window.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowedBy(string text, int position, char c)
    {
        while (position < text.Length && text[position] is ' ' or '*' or '`')
        {
            position++;
        }

        return position < text.Length && text[position] == c;
    }
}
