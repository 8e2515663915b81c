namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Whether a <c>from</c> names who sells or lends rather than who makes: the clause before it gets something (<c>rents
/// H200 capacity from CoreWeave</c>, <c>to buy 2,000 accelerators from Tamarisk Silicon</c>).
/// </summary>
internal static class AcquiredFrom
{
    /// <summary>Verbs of getting something from someone: what follows <c>from</c> is a seller or lender, not a maker.</summary>
    private static readonly string[] AcquireVerbs = ["rent", "rents", "rented", "lease", "leases", "leased", "buy", "buys", "bought", "purchase", "purchases", "purchased", "order", "orders", "ordered", "procure", "procures", "procured", "source", "sources", "sourced"];

    /// <summary>
    /// Whether the clause before a <c>from</c> at <paramref name="cueStart"/> gets something (<c>rents H200 capacity from
    /// CoreWeave</c>, <c>to buy 2,000 accelerators from Tamarisk Silicon</c>): the one after it sells or lends.
    /// </summary>
    public static bool Before(LineContext line, int cueStart)
    {
        var clause = line.Text.AsSpan(line.ClauseStart(cueStart), cueStart - line.ClauseStart(cueStart));
        foreach (var verb in AcquireVerbs)
        {
            var at = clause.IndexOf(verb, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsAsciiLetter(clause[at - 1])) && (at + verb.Length == clause.Length || !char.IsAsciiLetter(clause[at + verb.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Purchase verbs that, with a seller after them, buy goods rather than a company (<c>buys its H200s from NVIDIA</c>).</summary>
    private static readonly string[] GoodsVerbs = ["buys", "bought", "buy", "purchases", "purchased"];

    /// <summary>How far after a purchase verb its seller's <c>from</c> may come.</summary>
    private const int MaxPurchaseSpan = 40;

    /// <summary>
    /// Whether a purchase cue buys goods from a seller named after <c>from</c> in its clause (<c>buys its H200s from
    /// NVIDIA</c>, hardware named): no acquisition; a name of no known type stays a company (<c>bought Pellamy from its founders</c>).
    /// </summary>
    public static bool IsGoodsPurchase(LineContext line, int cueStart, int cueEnd)
    {
        if (!GoodsVerbs.Contains(line.Text[cueStart..cueEnd].Trim(), StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var window = line.Text.AsSpan(cueEnd, Math.Min(MaxPurchaseSpan, line.Text.Length - cueEnd));
        var from = window.IndexOf(" from ", StringComparison.Ordinal);
        if (from < 0 || window[..from].IndexOfAny(",;.，；。") >= 0)
        {
            return false;
        }

        if (WordMatch.StartsWithAny(window.TrimStart(), GoodsOpeners, StringComparison.OrdinalIgnoreCase) || (window.TrimStart().Length > 0 && char.IsAsciiDigit(window.TrimStart()[0])))
        {
            return true;
        }

        var index = line.FirstMentionAtOrAfter(cueEnd);
        return index < line.Mentions.Count && line.Mentions[index].Start < cueEnd + from && line.Mentions[index].Type is { } type && type != Core.Entities.EntityType.Company;
    }

    /// <summary>Words opening what is bought that make it goods (<c>its H200s</c>, <c>more GPUs</c>).</summary>
    private static readonly string[] GoodsOpeners = ["its ", "their ", "more ", "most ", "all ", "some "];

    /// <summary>Words after hardware that name who it was obtained from (<c>a GH200 cluster rented from Fjordline Compute</c>).</summary>
    private static readonly string[] SellerCues = [" rented from ", " leased from ", " bought from ", " hired from ", " sourced from ", " purchased from "];

    /// <summary>How far after the hardware its seller cue may start (<c>GH200 cluster</c>, <c>H100 capacity</c>).</summary>
    private const int MaxSellerCueGap = 16;

    /// <summary>
    /// The company <paramref name="hardware"/> is said to be obtained from right after it (<c>trains it on a GH200 cluster
    /// rented from Fjordline Compute</c>), or null: the seller, not the chip, supplies the compute.
    /// </summary>
    public static Mention? SellerAfter(LineContext line, Mention hardware)
    {
        var window = line.Text.AsSpan(hardware.End, Math.Min(line.Text.Length - hardware.End, MaxSellerCueGap + 16));
        foreach (var cue in SellerCues)
        {
            var at = window.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || at > MaxSellerCueGap || window[..at].IndexOfAny(",;.，；。") >= 0)
            {
                continue;
            }

            var index = line.FirstMentionAtOrAfter(hardware.End + at + cue.Length);
            return index < line.Mentions.Count && line.Mentions[index].Start == hardware.End + at + cue.Length && CueRoles.CanBeCompany(line.Mentions[index])
                ? line.Mentions[index]
                : null;
        }

        return null;
    }
}
