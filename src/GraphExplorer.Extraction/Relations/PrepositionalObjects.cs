namespace GraphExplorer.Extraction.Relations;

/// <summary>Names that follow an English preposition of a cue rather than the cue itself (<c>trains its models on X</c>).</summary>
internal static class PrepositionalObjects
{
    /// <summary>English prepositions that, between a verb and a name, make the name no direct object.</summary>
    private static readonly string[] Prepositions = [" on ", " in ", " at ", " with ", " using ", " for ", " from ", " to ", " via "];

    /// <summary>Whether an English preposition stands between a cue and the name after it (<c>trains its models on X</c>).</summary>
    public static bool Follows(LineContext line, int cueEnd, Mention target) =>
        target.Start > cueEnd && CueSpans.ContainsAny(line.Text.AsSpan(cueEnd - 1, target.Start - cueEnd + 1), Prepositions);
}
