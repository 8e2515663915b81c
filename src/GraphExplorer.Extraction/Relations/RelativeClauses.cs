using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// English relative clauses about a product named before them: <c>Corrib-9B, a compact model that Dunmere AI fine-tuned
/// from Mistral Small 3</c> — the company in the clause made the product, and what the clause says it was built from is
/// the product's base, not the company's.
/// </summary>
internal static class RelativeClauses
{
    /// <summary>The longest description between the product and its relative pronoun (<c>, a compact open-weight model that</c>).</summary>
    private const int MaxDescription = 48;

    private static readonly string[] Pronouns = ["that", "which"];

    private static readonly string[] Articles = ["a ", "an ", "the "];

    /// <summary>Verbs after the clause's company that say it made the product.</summary>
    private static readonly string[] MakerVerbs =
        [" fine-tuned", " finetuned", " trained", " built", " developed", " released", " distilled", " designed", " open-sourced", " launched", " made"];

    /// <summary>The product a relative clause opened right before <paramref name="mention"/> is about, or <see langword="null"/>.</summary>
    /// <param name="line">The line.</param>
    /// <param name="mention">The clause's subject (<c>Dunmere AI</c> in <c>…, a compact model that Dunmere AI fine-tuned…</c>).</param>
    /// <returns>The product described, or <see langword="null"/> when no such clause stands before the mention.</returns>
    public static Mention? Described(LineContext line, Mention mention)
    {
        var before = line.Text.AsSpan(0, mention.Start).TrimEnd();
        var pronoun = WordMatch.StartingWord(Tail(before), Pronouns, StringComparison.OrdinalIgnoreCase);
        if (pronoun is null || !before.EndsWith(pronoun, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var pronounStart = before.Length - pronoun.Length;
        var index = line.FirstMentionAtOrAfter(mention.Start) - 1;
        if (index < 0)
        {
            return null;
        }

        var product = line.Mentions[index];
        var description = line.Text.AsSpan(product.End, Math.Max(0, pronounStart - product.End));
        var comma = description.TrimStart().StartsWith(',') ? description.TrimStart()[1..].TrimStart() : default;
        // Relay-NOC 8B, which Tidewell fine-tuned from…: the product right before the comma, with no description between.
        var bare = description.Trim() is ",";
        return product.IsArtifact && product.End <= pronounStart && description.Length <= MaxDescription
            && (bare || (!comma.IsEmpty && WordMatch.StartsWithAny(comma, Articles, StringComparison.OrdinalIgnoreCase) && comma.IndexOfAny(",;.") < 0))
            ? product
            : null;
    }

    /// <summary>
    /// Records that each clause's company made the product the clause is about, and that a company whose product a
    /// clause names made it (<c>Saffana AI, a Jeddah lab whose Saffana-Ar 70B…</c>, <c>Adobe, whose Firefly…</c>).
    /// </summary>
    /// <param name="line">The line.</param>
    public static void Apply(LineContext line)
    {
        for (var k = 0; k < line.Mentions.Count; k++)
        {
            var mention = line.Mentions[k];
            if (CueRoles.CanBeCompany(mention) && WordMatch.StartsWithAny(line.Text.AsSpan(mention.End), MakerVerbs, StringComparison.OrdinalIgnoreCase)
                && Described(line, mention) is { } product && !Hedges.IsHedged(line, mention.Start))
            {
                line.Add(mention, RelationshipType.Develops, product, EvidenceBasis.Prose, line.SentenceQuote(product.Start, mention.End));
            }

            if (k > 0 && mention.IsArtifact && line.Text.AsSpan(0, mention.Start).EndsWith("whose ", StringComparison.OrdinalIgnoreCase)
                && Owner(line, k - 1, mention.Start - "whose ".Length) is { } owner && !Hedges.IsHedged(line, mention.Start))
            {
                line.Add(owner, RelationshipType.Develops, mention, EvidenceBasis.Prose, line.SentenceQuote(owner.Start, mention.End));
            }
        }
    }

    /// <summary>
    /// The company a <c>whose</c> clause at <paramref name="whose"/> describes: the mention right before the comma that opens
    /// the clause, past a short description (<c>Saffana AI, a Jeddah lab whose…</c>) or none (<c>Adobe, whose…</c>).
    /// </summary>
    private static Mention? Owner(LineContext line, int index, int whose)
    {
        var comma = line.Text.LastIndexOf(',', Math.Max(0, whose - 1));
        if (comma < 0 || whose - comma > MaxDescription)
        {
            return null;
        }

        var description = line.Text.AsSpan(comma + 1, whose - comma - 1).Trim();
        if (!description.IsEmpty && (description.IndexOfAny(";.") >= 0 || !WordMatch.StartsWithAny(description, Articles, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        for (var k = index; k >= 0; k--)
        {
            var owner = line.Mentions[k];
            if (owner.End <= comma)
            {
                return line.Text.AsSpan(owner.End, comma - owner.End).Trim().IsEmpty && CueRoles.CanBeCompany(owner) ? owner : null;
            }
        }

        return null;
    }

    /// <summary>The last word of a span.</summary>
    private static ReadOnlySpan<char> Tail(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOf(' ');
        return space < 0 ? text : text[(space + 1)..];
    }
}
