namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Whether a mention opens its clause as its subject, which lets two names no catalogue knows be paired
/// (<see cref="CueRules.Emit"/>): at the clause's start, after a conjunction or <c>其</c>, after the kind of thing it is, or
/// owned or made by a name that opens the clause.
/// </summary>
internal static class ClauseOpeners
{
    /// <summary>
    /// Whether a mention is its clause's subject: two names the catalogue does not know (discovered or not) are linked only when the first one opens the clause
    /// (<c>Zephyrix Labs推出了Nimbus-7</c>), not when it is the last object of an earlier verb (<c>推出了X30、Lite3等平台、在…推出</c>).
    /// </summary>
    public static bool Opens(LineContext line, Mention mention)
    {
        Span<char> buffer = stackalloc char[LineContext.GapBufferLength];
        var clauseStart = line.ClauseStart(mention.Start);
        var lead = line.Gap(clauseStart, mention.Start, buffer);
        var rawLead = line.Holds(mention) ? line.Text.AsSpan(clauseStart, mention.Start - clauseStart) : [];
        if (Openers.Contains(lead) || TimePhrases.IsTimeAdverbial(rawLead) || IsOwnedKind(rawLead)
            || (lead.Length <= MaxClassLead && WordMatch.EndsWithAny(lead, Discovery.ChineseWords.ClassNouns, StringComparison.Ordinal)))
        {
            // Also a name after what kind of thing it is: 其马来语模型椰岚-MS 9B由…微调而来.
            return true;
        }

        // 星河科技的星河-7B以…, Kestrel AI's Kestrel-8B is built on…: the owner opens the clause for what it owns.
        var index = line.FirstMentionAtOrAfter(mention.Start) - 1;
        if (index < 0 || line.Mentions[index].Start < clauseStart || line.Mentions[index].End > mention.Start)
        {
            return false;
        }

        var owner = line.Mentions[index];
        if (RoundRoles.Contains(line.Gap(owner.End, mention.Start, buffer)))
        {
            // 由栾舟资本领投、禾岭创投跟投: each investor of a round's list opens its own part, as after a comma.
            return true;
        }

        return Possessives.Contains(line.Gap(owner.End, mention.Start, buffer)) && Openers.Contains(line.Gap(clauseStart, owner.Start, buffer));
    }

    /// <summary>
    /// Whether the lead names what kind of thing the subject is, owned by a pronoun: <c>Its plug-in Hollybrook Stems is
    /// powered by…</c>, <c>The company's planner Quill-Plan 8B…</c> (one to three lower-case words after the owner).
    /// </summary>
    private static bool IsOwnedKind(ReadOnlySpan<char> rawLead)
    {
        // …, and its plug-in Hollybrook Stems: a conjunction may open the clause before the owner.
        var lead = rawLead.TrimStart(" *_");
        lead = lead[(WordMatch.StartingWord(lead, Conjunctions, StringComparison.OrdinalIgnoreCase)?.Length ?? 0)..];
        var owner = WordMatch.StartingWord(lead, OwnerPronouns, StringComparison.OrdinalIgnoreCase);
        if (owner is null)
        {
            return false;
        }

        var kind = lead[owner.Length..].Trim();
        var words = 0;
        foreach (var range in kind.Split(' '))
        {
            var word = kind[range];
            if (word.IsEmpty || !char.IsAsciiLetterLower(word[0]) || word.ContainsAnyExcept(KindCharacters) || ++words > MaxKindWords)
            {
                return false;
            }
        }

        return words > 0;
    }

    private static readonly string[] Conjunctions = ["and ", "but ", "while ", "whereas "];

    private static readonly string[] OwnerPronouns = ["its ", "their ", "the company's ", "the company’s ", "the startup's ", "the start-up's "];

    private static readonly System.Buffers.SearchValues<char> KindCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    /// <summary>The most words a kind between an owner pronoun and a subject has (<c>its open-source routing model</c>).</summary>
    private const int MaxKindWords = 3;

    /// <summary>
    /// Whether the cue at <paramref name="cueStart"/> sits in an apposition right after <paramref name="mention"/>, which
    /// makes the mention its subject wherever the mention itself stands (<c>released Pelagia-SAR 600M, a detection model
    /// built on Prithvi-EO-2.0</c>): a comma, an article, then words naming nobody up to the cue.
    /// </summary>
    public static bool IsDescribedAt(LineContext line, Mention mention, int cueStart)
    {
        if (!line.Holds(mention) || mention.End > cueStart)
        {
            // A topic from an item's head or a name after the cue is described by nothing in this line.
            return false;
        }

        var between = line.Text.AsSpan(mention.End, Math.Max(0, cueStart - mention.End));
        if (!WordMatch.StartsWithAny(between, AppositionOpeners, StringComparison.Ordinal) || between.Length > MaxApposition
            || line.FirstMentionAtOrAfter(mention.End) < line.FirstMentionAtOrAfter(cueStart))
        {
            return false;
        }

        return between[1..].IndexOfAny(",;:，；。") < 0;
    }

    private static readonly string[] AppositionOpeners = [", a ", ", an ", ", the "];

    /// <summary>The longest apposition read between a name and a cue in it (<c>, a ship and oil-slick detection model</c>).</summary>
    private const int MaxApposition = 60;

    /// <summary>The longest description of a kind before a clause's subject (<c>其马来语模型</c>).</summary>
    private const int MaxClassLead = 10;

    /// <summary>What may come before a clause's subject: nothing, a conjunction (<c>…, and Kor Assistant runs on Kor-3B</c>) or 其.</summary>
    private static readonly LowerWords Openers = new("", "and", "but", "while", "whereas", "而", "并且", "而且", "其");

    /// <summary>What closes one investor's part in a list of a round's investors (<c>A领投、B跟投</c>).</summary>
    private static readonly LowerWords RoundRoles = new("领投、", "参投、", "跟投、", "投资、", "领投了、");

    /// <summary>What joins an owner to what it owns or made (<c>HUMAIN推出的HUMAIN Chat基于…</c>).</summary>
    private static readonly LowerWords Possessives = new("的", "'s", "’s", "旗下的", "旗下", "推出的", "发布的", "开发的", "研发的", "自研的", "打造的");
}
