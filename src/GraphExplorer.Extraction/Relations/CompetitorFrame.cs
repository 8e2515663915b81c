using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Rivalry cues (<c>与…竞争</c>, <c>对标</c>, <c>competes with</c>, <c>rivals</c>): two players of the same kind, both
/// named before the cue (<c>A和B竞争</c>) or one on each side (<c>A对标B</c>), or the sentence's subject against the one
/// named (<c>…，其竞品是B</c>). A company written before its product stands for the product (<c>对标谷歌Gemini</c>).
/// </summary>
internal static class CompetitorFrame
{
    /// <summary>How short the text before a sentence-initial rivalry cue must be for an earlier sentence's player to be the subject.</summary>
    private const int MaxLeadForEarlierSubject = 4;

    /// <summary>The longest gap between a pair of rivals and the cue after them (<c>A与B正面竞争</c>, <c>A和B直接竞争</c>).</summary>
    private const int MaxPairGap = 6;

    /// <summary>Applies a rivalry cue.</summary>
    /// <returns>0 when no rivalry was read; otherwise the cue's end.</returns>
    public static int Apply(LineContext line, int cueStart, int cueEnd)
    {
        if (Hedges.IsHedged(line, cueStart))
        {
            return 0;
        }

        var fits = CueRoles.Player;
        var left = NearestLeft(line, cueStart, fits);
        var right = CueArguments.Right(line, cueEnd, fits, CueArguments.MaxRightGap);
        for (var i = 0; i < right.Count; i++)
        {
            right[i] = ProductOf(line, right[i]);
        }

        if (left.Count >= 2 && right.Count == 0)
        {
            // A和B竞争 — but not a co-list described as someone's rivals (A、B和C都是X的竞争者).
            return line.Gap(left[^1].End, cueStart).Length <= MaxPairGap ? Add(line, left[0], [left[1]], cueStart, cueEnd) : 0;
        }

        if (left.Count >= 1 && right.Count >= 1)
        {
            return Add(line, left[^1], right, cueStart, cueEnd);
        }

        if (left.Count == 1)
        {
            var second = left[0];
            bool SameKind(Mention m) => fits(m) && CueRoles.SameKind(m, second) && m.Key != second.Key;
            var first = CueSubjects.Before(line, second.Start, SameKind, strict: true).FirstOrDefault()
                ?? (RefersBack(line, cueStart) ? CueSubjects.NearestBefore(line, line.SentenceStart(cueStart), SameKind, crossSentences: true) : null);
            return first is null ? 0 : Add(line, ProductOf(line, first), [second], cueStart, cueEnd);
        }

        if (right.Count >= 1)
        {
            var second = right[0];
            bool SameKind(Mention m) => fits(m) && CueRoles.SameKind(m, second) && m.Key != second.Key;
            var first = CueSubjects.Before(line, cueStart, SameKind, strict: true).FirstOrDefault()
                ?? CueSubjects.NearestBefore(line, cueStart, SameKind, crossSentences: line.Gap(line.SentenceStart(cueStart), cueStart).Length <= MaxLeadForEarlierSubject);
            return first is null ? 0 : Add(line, ProductOf(line, first), right, cueStart, cueEnd);
        }

        return 0;
    }

    private static int Add(LineContext line, Mention first, List<Mention> seconds, int cueStart, int cueEnd)
    {
        var added = 0;
        foreach (var second in seconds)
        {
            if (first.Key != second.Key && CueRoles.SameKind(first, second))
            {
                line.Add(first, RelationshipType.CompetesWith, second, EvidenceBasis.Prose, line.SentenceQuote(Math.Min(first.Start, cueStart), Math.Max(second.End, cueEnd)));
                added++;
            }
        }

        return added > 0 ? cueEnd : 0;
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

        return CueArguments.Left(line, cueStart, fits);
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
}
