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
        if (Hedges.IsHedged(line, cueStart) || Hedges.IsBenchmarkClause(line, cueStart))
        {
            return 0;
        }

        var fits = CueRoles.Player;
        var left = NearestLeft(line, cueStart, fits);
        var rightMentions = CueArguments.Right(line, cueEnd, fits, CueArguments.MaxRightGap);
        var right = new List<Mention>(rightMentions.Count);
        for (var i = 0; i < rightMentions.Count; i++)
        {
            right.Add(ProductOf(line, rightMentions[i]));
        }

        if (left.Count >= 2 && right.Count == 0)
        {
            // A和B竞争 — but not a co-list described as someone's rivals (A、B和C都是X的竞争者).
            return WithoutSetting(line.Gap(left[^1].End, cueStart)).Length <= MaxPairGap ? Add(line, left[0], [left[1]], cueStart, cueEnd) : 0;
        }

        if (left.Count >= 1 && right.Count >= 1)
        {
            return Add(line, left[^1], right, cueStart, cueEnd);
        }

        if (left.Count == 1)
        {
            var second = left[0];
            bool SameKind(Mention m) => fits(m) && CueRoles.SameKind(m, second) && m.Key != second.Key;
            if (PartnerBefore(line, second, cueStart, SameKind) is { } partner)
            {
                return Add(line, ProductOf(line, partner), [second], cueStart, cueEnd);
            }

            var first = CueSubjects.Before(line, second.Start, SameKind, strict: true).FirstOrDefault()
                ?? (RefersBack(line, cueStart) ? CueSubjects.NearestBefore(line, line.SentenceStart(cueStart), SameKind, crossSentences: true) : null);
            return first is null ? 0 : Add(line, ProductOf(line, first), [second], cueStart, cueEnd);
        }

        if (right.Count >= 1)
        {
            var second = right[0];
            bool SameKind(Mention m) => fits(m) && CueRoles.SameKind(m, second) && m.Key != second.Key;
            var first = CueSubjects.Before(line, cueStart, SameKind, strict: true).FirstOrDefault();
            if (first is null)
            {
                first = CueSubjects.NearestBefore(line, cueStart, SameKind, crossSentences: line.Gap(line.SentenceStart(cueStart), cueStart).Length <= MaxLeadForEarlierSubject);

                // Talkie, MiniMax's overseas companion app, competes with Character.AI: the owner in an apposition is not the subject.
                first = first is not null && line.IsPossessor(first) ? null : first;
            }

            return first is null ? 0 : Add(line, ProductOf(line, first), right, cueStart, cueEnd);
        }

        return 0;
    }

    private static int Add(LineContext line, Mention first, IReadOnlyList<Mention> seconds, int cueStart, int cueEnd)
    {
        var added = 0;
        for (var i = 0; i < seconds.Count; i++)
        {
            var second = seconds[i];
            if (first.Key != second.Key && CueRoles.SameKind(first, second))
            {
                line.Add(first, RelationshipType.CompetesWith, second, EvidenceBasis.Prose, line.SentenceQuote(Math.Min(first.Start, cueStart), Math.Max(second.End, cueEnd)));
                added++;
            }
        }

        return added > 0 ? cueEnd : 0;
    }

    /// <summary>The longest setting phrase between a pair of rivals and the cue (<c>在端侧大模型上</c>, <c>在海外华人作者群体中</c>).</summary>
    private const int MaxSetting = 20;

    /// <summary>The longest gap between a clause's subject and the <c>与</c> that names its rival (<c>OPPO则更多与荣耀…</c>).</summary>
    private const int MaxPartnerLead = 8;

    private static readonly string[] SettingEnds = ["方面", "领域", "市场", "场景", "上", "中", "里", "内"];

    private static readonly char[] PartnerMarks = ['与', '和', '同', '跟'];

    /// <summary>
    /// The gap without the setting of the rivalry, a <c>在…上</c> phrase (<c>A与B在端侧大模型上正面竞争</c> reads as
    /// <c>A与B正面竞争</c>); the gap itself when it has none.
    /// </summary>
    internal static string WithoutSetting(string gap)
    {
        var at = gap.IndexOf('在');
        if (at < 0)
        {
            return gap;
        }

        var best = -1;
        foreach (var end in SettingEnds)
        {
            var close = gap.IndexOf(end, at + 1, StringComparison.Ordinal);
            if (close > at && close - at <= MaxSetting && (best < 0 || close + end.Length > best))
            {
                best = close + end.Length;
            }
        }

        return best < 0 ? gap : gap[..at] + gap[best..];
    }

    /// <summary>
    /// The clause's subject when the rival is joined to it by <c>与/和/同/跟</c> after a few adverbs
    /// (<c>OPPO则更多与荣耀争夺…</c>, <c>与光在国内与星野直接竞争</c>), with no other name between them.
    /// </summary>
    private static Mention? PartnerBefore(LineContext line, Mention second, int cueStart, Func<Mention, bool> fits)
    {
        var index = line.FirstMentionAtOrAfter(second.Start) - 1;
        var rivalStart = second.Start;
        if (index >= 1 && line.IsOwnerOf(line.Mentions[index], second))
        {
            // …与英伟达的H20竞争: the rival's maker is not the subject's partner.
            rivalStart = line.Mentions[index].Start;
            index--;
        }

        if (index < 0 || line.Mentions[index].Start < line.ClauseStart(second.Start) || !fits(line.Mentions[index]))
        {
            return null;
        }

        var first = line.Mentions[index];
        var lead = line.Gap(first.End, rivalStart);
        var subjectStart = index >= 1 && line.IsOwnerOf(line.Mentions[index - 1], first) ? line.Mentions[index - 1].Start : first.Start;
        return lead.Length > 0 && lead.Length <= MaxPartnerLead && Array.IndexOf(PartnerMarks, lead[^1]) >= 0
            && line.Gap(line.ClauseStart(subjectStart), subjectStart).Length == 0
            && WithoutSetting(line.Gap(second.End, cueStart)).Length <= MaxPairGap
            ? first
            : null;
    }

    /// <summary>The nearest mention left of the cue in its clause with its coordinated list; no fallback.</summary>
    private static IReadOnlyList<Mention> NearestLeft(LineContext line, int cueStart, Func<Mention, bool> fits)
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
