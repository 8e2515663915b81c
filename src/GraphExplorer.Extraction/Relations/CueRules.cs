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
        var consumedUntil = -1;
        foreach (var (start, length, frames) in cues)
        {
            if (start < consumedUntil || IsInsideMention(line, start) || frames[0].Shape == CueShape.None)
            {
                continue;
            }

            foreach (var frame in frames)
            {
                var closerEnd = TryFrame(line, frame, start, start + length);
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
    private static int TryFrame(LineContext line, CueFrame frame, int cueStart, int cueEnd)
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

                sources = LeftArguments(line, cueStart, sourceFits);
                targets = RightArguments(line, cueEnd, targetFits, MaxRightGap);
                if (frame.Type == RelationshipType.CompetesWith)
                {
                    return AddCompetitors(line, cueStart, cueEnd);
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
                sources = RightArguments(line, cueEnd, sourceFits, MaxRightGap);
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
        var left = LeftArguments(line, cueStart, Known);
        var right = RightArguments(line, cueEnd, Known, MaxRightGap);
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
            first = SubjectBefore(line, second.Start, m => m.IsKnown && m.IsCompany == second.IsCompany).FirstOrDefault();
        }

        if (first is null || second is null || first.Key == second.Key || first.IsCompany != second.IsCompany)
        {
            return 0;
        }

        line.Add(first, RelationshipType.CompetesWith, second, EvidenceBasis.Prose, line.SentenceQuote(Math.Min(first.Start, cueStart), Math.Max(second.End, cueEnd)));
        return cueEnd;
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

        return SubjectBefore(line, clauseStart, fits);
    }

    /// <summary>The sentence's first mention when it precedes <paramref name="position"/>; else the list topic; else the line's first mention.</summary>
    private static List<Mention> SubjectBefore(LineContext line, int position, Func<Mention, bool> fits)
    {
        var sentenceStart = line.SentenceStart(position);
        var first = line.FirstMentionAtOrAfter(sentenceStart);
        if (first < line.Mentions.Count && line.Mentions[first].End <= position)
        {
            var subject = line.Mentions[first];
            return fits(subject) ? [subject] : [];
        }

        foreach (var topic in line.Topic)
        {
            if (fits(topic))
            {
                return [topic];
            }
        }

        if (line.Mentions.Count > 0 && line.Mentions[0].End <= sentenceStart && fits(line.Mentions[0]) && IsAnaphoric(line.Text, sentenceStart, position))
        {
            return [line.Mentions[0]];
        }

        return [];
    }

    private static bool IsAnaphoric(string text, int from, int to)
    {
        var span = text.AsSpan(from, Math.Max(0, to - from));
        return span.Contains("公司", StringComparison.Ordinal) || span.Contains('其') || span.Contains('它') || span.Contains('他')
            || span.Contains("this company", StringComparison.OrdinalIgnoreCase) || span.Contains(" it ", StringComparison.OrdinalIgnoreCase)
            || span.Length <= 8;
    }

    /// <summary>The first fitting mention right of the cue in its sentence, with the mentions listed after it.</summary>
    private static List<Mention> RightArguments(LineContext line, int cueEnd, Func<Mention, bool> fits, int maxGap)
    {
        var index = line.FirstMentionAtOrAfter(cueEnd);
        if (index >= line.Mentions.Count)
        {
            return [];
        }

        var first = line.Mentions[index];
        var rawGap = line.Text.AsSpan(cueEnd, first.Start - cueEnd);
        if (TextGaps.HasSentenceBreak(rawGap) || rawGap.Contains('，') || rawGap.Contains(',') || TextGaps.Strip(rawGap).Length > maxGap)
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
        for (var k = index + 1; k < line.Mentions.Count; k++)
        {
            var gap = TextGaps.StripAsides(line.Text.AsSpan(line.Mentions[k - 1].End, line.Mentions[k].Start - line.Mentions[k - 1].End));
            if (!TextGaps.IsCoordinator(gap))
            {
                break;
            }

            if (fits(line.Mentions[k]))
            {
                list.Add(line.Mentions[k]);
            }
        }

        return list;
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
