namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// The company that puts something on compute with 把/将 (<c>深势科技把Bohrium部署在阿里云上</c>, <c>岩哨把全部服务部署在华为云</c>):
/// the one using the compute, whatever it deploys.
/// </summary>
internal static class Deployers
{
    /// <summary>How far before the cue the 把/将 may stand (<c>把自研的觅径搜索API</c>).</summary>
    private const int MaxDeployedSpan = 24;

    /// <summary>The company written right before a 把/将 in the cue's clause, or null.</summary>
    public static Mention? Before(LineContext line, int cueStart)
    {
        var clauseStart = line.ClauseStart(cueStart);
        var from = Math.Max(clauseStart, cueStart - MaxDeployedSpan);
        var clause = line.Text.AsSpan(from, cueStart - from);
        var marker = clause.IndexOfAny('把', '将');
        if (marker <= 0)
        {
            return null;
        }

        var at = from + marker;
        var index = line.FirstMentionAtOrAfter(at) - 1;
        if (index < 0)
        {
            return null;
        }

        var subject = line.Mentions[index];
        return subject.Start >= clauseStart && subject.End <= at && CueRoles.CanBeCompany(subject) && !subject.IsArtifact
            && line.GapLength(subject.End, at) == 0 && ClauseOpeners.Opens(line, subject)
            ? subject
            : null;
    }
}
