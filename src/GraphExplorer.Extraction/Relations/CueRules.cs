using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Prose rules: every cue phrase in a line (<see cref="CueLexicon"/>) is tried frame by frame; a frame that finds
/// arguments of the right kinds on the right sides makes relations, several per sentence and one per listed object.
/// Negated, questioning and speculative sentences make none (<see cref="Hedges"/>). Where the arguments are looked
/// for lives in <see cref="CueArguments"/> and <see cref="CueSubjects"/>; the frames with their own logic in
/// <see cref="CompetitorFrame"/>, <see cref="ComputeFrames"/> and <see cref="AppositiveRules"/>.
/// </summary>
internal static class CueRules
{
    /// <summary>Applies the cue rules to a line.</summary>
    public static void Apply(LineContext line)
    {
        if (line.Mentions.Count == 0 || (line.Mentions.Count == 1 && line.Topic.Count == 0))
        {
            return;
        }

        var cues = line.Cues;
        cues.Clear();
        CueLexicon.Trie.Scan(line.Text, cues);
        if (cues.Count == 0)
        {
            AppositiveRules.Apply(line);
            RelativeClauses.Apply(line);
            DerivedModels.Apply(line);
            return;
        }

        // Plain words and cues inside a mention (part of a name) are dropped, in place (a RemoveAll closure per line allocates).
        var keptCues = 0;
        for (var i = 0; i < cues.Count; i++)
        {
            if (!ReferenceEquals(cues[i].Frames, CueLexicon.PlainWord) && !CueSpans.IsInsideMention(line, cues[i].Start))
            {
                cues[keptCues++] = cues[i];
            }
        }

        cues.RemoveRange(keptCues, cues.Count - keptCues);
        var consumedUntil = -1;
        for (var i = 0; i < cues.Count; i++)
        {
            var (start, length, frames) = cues[i];
            if (start < consumedUntil || frames[0].Shape == CueShape.None)
            {
                continue;
            }

            var nextCue = i + 1 < cues.Count ? cues[i + 1].Start : int.MaxValue;
            for (var f = 0; f < frames.Count; f++)
            {
                var frame = frames[f];
                var closerEnd = TryFrame(line, frame, start, start + length, nextCue);
                if (closerEnd > 0)
                {
                    consumedUntil = Math.Max(consumedUntil, closerEnd);
                    if (!frame.Stacks)
                    {
                        break;
                    }
                }
            }
        }

        AppositiveRules.Apply(line);
        RelativeClauses.Apply(line);
        DerivedModels.Apply(line);
    }

    /// <summary>
    /// Records one relation per (source, target) pair unless the cue's sentence is hedged.
    /// </summary>
    /// <returns>How many relations were recorded.</returns>
    /// <param name="line">The line.</param>
    /// <param name="type">The relation type.</param>
    /// <param name="sources">The sources.</param>
    /// <param name="targets">The targets.</param>
    /// <param name="cueStart">Where the cue starts.</param>
    /// <param name="cueEnd">Where the cue ends.</param>
    /// <param name="needsKnown">Whether one side must be a catalogue entity (<see cref="CueFrame.NeedsKnown"/>).</param>
    /// <param name="roundRecipient">Whether the targets are a round's recipient found by anaphora, not the clause's words.</param>
    public static int Emit(
        LineContext line, RelationshipType type, IReadOnlyList<Mention> sources, IReadOnlyList<Mention> targets, int cueStart, int cueEnd, bool needsKnown = false, bool roundRecipient = false)
    {
        if (sources.Count == 0 || targets.Count == 0 || Hedges.IsHedged(line, cueStart))
        {
            return 0;
        }

        if (type == RelationshipType.SuppliesComputeTo)
        {
            // A product supplies what its maker ships: 芯湃微电子…旗下的XP-N3已经向荣耀供货 is 芯湃微电子's supply.
            sources = [.. sources.Select(s => s.IsArtifact && !s.IsCatalogued ? ComputeFrames.MakerOfProduct(line, s) ?? s : s)];
        }

        // A round's recipient found by anaphora (籁音科技A轮，北溟资本跟投) is not this clause's subject: its investors
        // opening the clause let new names pair, a list of them too (启明创投和朔风创投跟投).
        var leftSide = sources[0].Start < targets[0].Start ? sources : targets;
        var newPairAllowed = !needsKnown && (roundRecipient
            ? ClauseOpeners.Opens(line, sources[0])
            : leftSide.Count == 1 && (ClauseOpeners.Opens(line, leftSide[0])
                || (type is RelationshipType.BuiltOn or RelationshipType.Develops && ClauseOpeners.IsDescribedAt(line, leftSide[0], cueStart))));
        var added = 0;
        for (var s = 0; s < sources.Count; s++)
        {
            var source = sources[s];
            for (var t = 0; t < targets.Count; t++)
            {
                var target = targets[t];
                if (source.Key != target.Key && (source.IsCatalogued || target.IsCatalogued || source.IsCatalogueVariant || target.IsCatalogueVariant || newPairAllowed))
                {
                    var quote = line.SentenceQuote(Math.Min(source.Start, Math.Min(target.Start, cueStart)), Math.Max(source.End, Math.Max(target.End, cueEnd)));
                    line.Add(source, type, target, EvidenceBasis.Prose, quote);
                    added++;
                }
            }
        }

        return added;
    }

    private static bool IsPredicate(LineContext line, Mention mention)
    {
        Span<char> buffer = stackalloc char[LineContext.GapBufferLength];
        var gap = line.Gap(line.ClauseStart(mention.Start), mention.Start, buffer);
        return gap.EndsWith('是') || gap.EndsWith("is", StringComparison.OrdinalIgnoreCase) || gap.EndsWith("are", StringComparison.OrdinalIgnoreCase);
    }

    /// <returns>0 when the frame did not apply; otherwise the end of the text it consumed.</returns>
    private static int TryFrame(LineContext line, CueFrame frame, int cueStart, int cueEnd, int nextCue)
    {
        if (!CueSpans.ContextMet(line, frame, cueStart) || (frame.Comparative && Hedges.IsBenchmarkComparison(line, cueStart)))
        {
            return 0;
        }

        var (sourceFits, targetFits) = CueRoles.For(frame);
        IReadOnlyList<Mention> sources;
        IReadOnlyList<Mention> targets;
        var consumed = cueEnd;
        var roundRecipient = false;
        switch (frame.Shape)
        {
            case CueShape.Forward:
                if (!CueSpans.RequirementMet(line, frame, cueEnd) || (frame.Type == RelationshipType.InvestsIn && AcquiredFrom.IsGoodsPurchase(line, cueStart, cueEnd)))
                {
                    // …buys its H200s from NVIDIA: goods bought from a seller, no acquisition.
                    return 0;
                }

                if (frame.Type == RelationshipType.CompetesWith)
                {
                    return CompetitorFrame.Apply(line, cueStart, cueEnd);
                }

                sources = CueArguments.Left(line, cueStart, sourceFits);
                if (frame.Type == RelationshipType.Develops && sources is [var used] && ComputeFrames.IsUseObject(line, used))
                {
                    // 砚码科技租用了腾讯云约一千张GPU训练砚码-Coder 32B: the cloud rented is not who trained the model.
                    sources = CueSubjects.Before(line, used.Start, sourceFits, strict: true);
                }

                if (frame.Type == RelationshipType.BuiltOn && sources is [var maker] && CueRoles.CanBeCompany(maker) && RelativeClauses.Described(line, maker) is { } described)
                {
                    // Corrib-9B, a compact model that Dunmere AI fine-tuned from Mistral Small 3: the product is built on it.
                    sources = [described];
                }

                targets = CueArguments.Right(line, cueEnd, targetFits, CueArguments.MaxRightGap, nextCue);
                if (frame.Type == RelationshipType.Develops && targets.Count > 0 && PrepositionalObjects.Follows(line, cueEnd, targets[0]))
                {
                    // DeepL trains its models on an NVIDIA DGX SuperPOD: the name after a preposition is not what is made.
                    targets = [];
                }

                if (sources.Count == 0 && targets.Count > 0 && frame.Type == RelationshipType.BuiltOn && line.GapLength(line.SentenceStart(cueStart), cueStart) == 0)
                {
                    sources = CueSubjects.After(line, targets[^1].End, sourceFits);
                }

                // A source taken from the item's topic has its position in another line: look before the cue instead.
                var sourceStart = sources.Count > 0 && line.Holds(sources[0]) ? sources[0].Start : cueStart;
                if (targets.Count == 0 && sources.Count > 0 && CueSpans.FollowedBy(line.Text, cueEnd, '的'))
                {
                    targets = CueSubjects.Before(line, sourceStart, targetFits);
                }

                if (targets.Count == 0 && sources.Count > 0 && frame.Type == RelationshipType.InvestsIn && FundingRounds.AnaphoricRoundAfter(line, cueEnd, sources[0]) is { } owner)
                {
                    // …, and Lux Capital led the company's $18 million seed round: the round's owner is the company named before.
                    targets = [owner];
                    roundRecipient = true;
                }

                if (targets.Count == 0 && sources.Count > 0 && frame.RoundAnaphora)
                {
                    targets = FundingRounds.Recipient(line, sourceStart, targetFits);
                    roundRecipient = targets.Count > 0;
                }

                break;
            case CueShape.Backward:
                if (!CueSpans.RequirementMet(line, frame, cueEnd) || (frame.NeedsKnown && AcquiredFrom.Before(line, cueStart)))
                {
                    return 0;
                }

                targets = CueArguments.Left(line, cueStart, targetFits);
                sources = CueArguments.Right(line, cueEnd, sourceFits, CueArguments.MaxRightGap, nextCue);
                if (sources.Count == 0 && targets.Count > 0 && IsPredicate(line, targets[0]))
                {
                    // A也是B的投资方: the subject of 是 fills the side the cue would name after itself.
                    sources = CueSubjects.Before(line, targets[0].Start, sourceFits, strict: true);
                }

                var roundCue = cueStart;
                // …led by Thrive Capital(,) with participation from Y: the lead investor named right before the cue, whatever
                // the cue's left side reached back to across the comma (the clause's subject).
                if (frame.RoundAnaphora && FundingRounds.LeadInvestorBefore(line, cueStart) is { } lead && FundingRounds.LeadCueBefore(line, lead) is >= 0 and var leadCue)
                {
                    // …led by Thrive Capital with participation from Y: Y joins Thrive Capital's round, it does not invest in it.
                    roundCue = leadCue;
                    targets = CueArguments.Left(line, leadCue, targetFits);
                }
                else if (targets.Count > 0 && frame.RoundAnaphora && FundingRounds.LedBetween(line, targets[0].End, cueStart))
                {
                    // Andreessen Horowitz led the round, with participation from Y: Y invests in the round's recipient.
                    roundCue = targets[0].Start;
                    targets = [];
                }

                if (targets.Count == 0 && sources.Count > 0 && frame.RoundAnaphora)
                {
                    targets = FundingRounds.Recipient(line, roundCue, targetFits);
                }

                break;
            case CueShape.Enclosed:
                var closer = CueSpans.FindCloser(line, frame, cueEnd);
                if (closer.Start < 0)
                {
                    return 0;
                }

                var inner = CueArguments.Inner(line, cueEnd, closer.Start, frame.InnerIsSource ? sourceFits : targetFits);
                var outerFits = frame.InnerIsSource ? targetFits : sourceFits;
                var outer = frame.OuterOnRight
                    ? CueArguments.Right(line, closer.End, outerFits, CueArguments.MaxOuterRightGap)
                    : CueArguments.Left(line, cueStart, outerFits);
                if (outer.Count == 0 && frame.OuterOnRight && frame.Type == RelationshipType.BuiltOn)
                {
                    // Chat D-ID 以ChatGPT驱动的虚拟女友bot: what the phrase describes is unnamed, so the clause's subject is.
                    outer = CueArguments.Left(line, cueStart, outerFits, strict: true);
                }
                if (frame.JoinsLeadRound)
                {
                    // …was led by Harrowby Ventures, with Calderbrook Capital participating: the round is the lead's, named before it.
                    var roundLead = FundingRounds.LeadInvestorBefore(line, cueStart) is { } leader ? FundingRounds.LeadCueBefore(line, leader) : -1;
                    outer = roundLead < 0 ? [] : CueArguments.Left(line, roundLead, outerFits) is { Count: > 0 } subject ? subject : FundingRounds.Recipient(line, roundLead, outerFits);
                    // …with Next47, Siemens' venture arm, joining: the owner in an apposition takes no part.
                    inner = [.. inner.Where(m => !line.IsPossessor(m))];
                }
                else if (outer.Count == 0 && inner.Count > 0 && frame.RoundAnaphora)
                {
                    outer = FundingRounds.Recipient(line, cueStart, outerFits);
                }

                (sources, targets) = frame.InnerIsSource ? (inner, outer) : (outer, inner);
                if (frame.Type == RelationshipType.SuppliesComputeTo)
                {
                    sources = ComputeFrames.Suppliers(line, sources);
                }

                consumed = closer.End;
                break;
            case CueShape.ComputeUse:
                return ComputeFrames.ApplyUse(line, frame, cueStart, cueEnd);
            case CueShape.Customer:
                return ComputeFrames.ApplyCustomer(line, cueStart, cueEnd);
            case CueShape.ComputeTo:
                return ComputeFrames.ApplyTo(line, cueStart, cueEnd);
            default:
                return 0;
        }

        return Emit(line, frame.Type, sources, targets, cueStart, cueEnd, frame.NeedsKnown, roundRecipient) > 0 ? consumed : 0;
    }
}
