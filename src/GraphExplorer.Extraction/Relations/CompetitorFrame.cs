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
            bool SameKind(Mention m) => fits(m) && CueRoles.SameKind(m, second) && m.Key != second.Key;
            first = CueSubjects.Before(line, second.Start, SameKind, strict: true).FirstOrDefault()
                ?? (RefersBack(line, cueStart) ? CueSubjects.NearestBefore(line, line.SentenceStart(cueStart), SameKind, crossSentences: true) : null);
        }
        else if (right.Count >= 1)
        {
            second = right[0];
            bool SameKind(Mention m) => fits(m) && CueRoles.SameKind(m, second) && m.Key != second.Key;
            first = CueSubjects.NearestBefore(line, cueStart, SameKind, crossSentences: line.Gap(line.SentenceStart(cueStart), cueStart).Length <= MaxLeadForEarlierSubject);
        }

        if (first is null || second is null || first.Key == second.Key || !CueRoles.SameKind(first, second))
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
