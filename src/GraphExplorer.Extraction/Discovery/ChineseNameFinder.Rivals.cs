using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>The two sides of a rivalry joined by 与: <c>盾湾网关与锐戈红队平台在…上争夺同一批客户</c> (see <see cref="ChineseNameFinder"/>).</summary>
internal static partial class ChineseNameFinder
{
    /// <summary>Words of a rivalry; one must follow the pair in its clause.</summary>
    private static readonly string[] RivalryWords = ["竞争", "争夺", "交锋", "抗衡", "较量", "厮杀"];

    /// <summary>What may follow the second rival: its setting (<c>在…上</c>), an adverb of the rivalry, or the rivalry itself.</summary>
    private static readonly string[] RivalEnds = ["在", "正面", "直接", "同台", "激烈", "争夺", "竞争", "交锋", "抗衡", "较量"];

    /// <summary>
    /// Names on both sides of a 与 whose clause is a rivalry: the one opening the clause before it and the one after it up
    /// to the rivalry's setting or verb, when a name stands right before the 与. Either side may already be a known name.
    /// </summary>
    private static void FindRivals(string text, List<(int Start, int End)> covered, Func<ReadOnlySpan<char>, bool> isGeneric, List<DiscoveredName> into)
    {
        for (var at = text.IndexOf('与'); at > 0 && at + 1 < text.Length; at = text.IndexOf('与', at + 1))
        {
            if (IsCovered(covered, at) || !IsRivalryClause(text, at + 1))
            {
                continue;
            }

            var start = WalkLeft(text, at, MaxBoundedName, covered);
            if (start >= 0 && at - start >= MinName && IsClauseStart(text, start, covered) && IsRival(text.AsSpan(start, at - start), isGeneric))
            {
                Add(covered, into, new DiscoveredName(start, at, MentionOrigin.Candidate, TypeShapes.FromName(text.AsSpan(start, at - start))), at);
            }

            if (!IsCovered(covered, at - 1))
            {
                // …，与百炼争夺: with no name right before 与, the rival's partner is some earlier clause's, too loose to name one.
                continue;
            }

            var from = at + 1;
            var end = from;
            while (end < text.Length && end - from <= MaxBoundedName && IsCjk(text[end]) && !IsCovered(covered, end)
                   && !WordMatch.StartsWithAny(text.AsSpan(end), RivalEnds, StringComparison.Ordinal) && !ChineseWords.BoundaryChars.Contains(text[end])
                   && !StartsWithBoundaryWord(text, end))
            {
                end++;
            }

            if (end - from >= MinName && end - from <= MaxBoundedName && WordMatch.StartsWithAny(text.AsSpan(end), RivalEnds, StringComparison.Ordinal)
                && IsRival(text.AsSpan(from, end - from), isGeneric))
            {
                Add(covered, into, new DiscoveredName(from, end, MentionOrigin.Candidate, TypeShapes.FromName(text.AsSpan(from, end - from))), end);
            }
        }
    }

    private static bool IsRival(ReadOnlySpan<char> name, Func<ReadOnlySpan<char>, bool> isGeneric) =>
        IsPlausible(name, isGeneric) && !IsPersonName(name) && !WordMatch.StartsWithAny(name, SubjectAdverbs, StringComparison.Ordinal)
        && !WordMatch.StartsWithAny(name, ObjectStarts, StringComparison.Ordinal) && !WordMatch.EndsWithAny(name, ChineseWords.ObjectDescriptorEndings, StringComparison.Ordinal);

    /// <summary>Whether the clause from <paramref name="from"/> to its next comma or stop holds a rivalry word.</summary>
    private static bool IsRivalryClause(string text, int from)
    {
        var clause = text.AsSpan(from);
        var end = clause.IndexOfAny("，,；;。！？!?");
        clause = end < 0 ? clause : clause[..end];
        foreach (var word in RivalryWords)
        {
            if (clause.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
