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
        return product.IsArtifact && product.End <= pronounStart && description.Length <= MaxDescription && !comma.IsEmpty
            && WordMatch.StartsWithAny(comma, Articles, StringComparison.OrdinalIgnoreCase) && comma.IndexOfAny(",;.") < 0
            ? product
            : null;
    }

    /// <summary>Records that each clause's company made the product the clause is about.</summary>
    /// <param name="line">The line.</param>
    public static void Apply(LineContext line)
    {
        foreach (var maker in line.Mentions)
        {
            if (CueRoles.CanBeCompany(maker) && WordMatch.StartsWithAny(line.Text.AsSpan(maker.End), MakerVerbs, StringComparison.OrdinalIgnoreCase)
                && Described(line, maker) is { } product && !Hedges.IsHedged(line, maker.Start))
            {
                line.Add(maker, RelationshipType.Develops, product, EvidenceBasis.Prose, line.SentenceQuote(product.Start, maker.End));
            }
        }
    }

    /// <summary>The last word of a span.</summary>
    private static ReadOnlySpan<char> Tail(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOf(' ');
        return space < 0 ? text : text[(space + 1)..];
    }
}
