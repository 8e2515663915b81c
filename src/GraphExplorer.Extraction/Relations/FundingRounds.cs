namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Resolves <c>the round</c> / <c>本轮融资</c>: the company that raised money earlier in the line
/// (<c>Anysphere raised $60M. Thrive Capital led the round.</c>, <c>X完成1亿元融资，本轮由Y领投</c>).
/// </summary>
internal static class FundingRounds
{
    /// <summary>Words that say a company raised money; the recipient is the subject before them.</summary>
    public static readonly string[] RaiseWords =
        ["raised", "raises", "raising", "closed a", "closes a", "secured", "secures", "announced a", "completed a", "funding", "financing",
         "完成", "获得", "融资", "募资", "筹集"];

    /// <summary>The recipient of the round the cue at <paramref name="cueStart"/> speaks of; empty when the line names none.</summary>
    public static IReadOnlyList<Mention> Recipient(LineContext line, int cueStart, Func<Mention, bool> fits)
    {
        var before = line.Text.AsSpan(0, cueStart);
        var raise = -1;
        foreach (var word in RaiseWords)
        {
            raise = Math.Max(raise, before.LastIndexOf(word, StringComparison.OrdinalIgnoreCase));
        }

        if (raise <= 0)
        {
            return [];
        }

        var subject = CueSubjects.Before(line, raise, fits, strict: true);
        if (subject.Count > 0)
        {
            return subject;
        }

        var nearest = CueSubjects.NearestBefore(line, raise, fits);
        return nearest is null ? [] : [nearest];
    }
}
