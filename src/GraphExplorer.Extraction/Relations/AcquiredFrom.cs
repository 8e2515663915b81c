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
}
