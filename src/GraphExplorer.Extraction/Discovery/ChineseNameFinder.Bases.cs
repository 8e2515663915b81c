using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>Models named as another's base between a preposition and its closer: <c>以风乌为基础</c> (see <see cref="ChineseNameFinder"/>).</summary>
internal static partial class ChineseNameFinder
{
    // A base's opener and the closers that make the run between them a model: 以X为底座, 在X上微调, 由X驱动.
    private static readonly string[] ClosersAfterYi = ["为基础", "为底座", "为基座", "为底层"];
    private static readonly string[] ClosersAfterZai = ["上继续训练", "上继续预训练", "上微调", "之上微调", "的基础上"];
    private static readonly string[] ClosersAfterYou = ["驱动"];

    private static string[] BaseClosers(char opener) => opener switch
    {
        '以' => ClosersAfterYi,
        '在' => ClosersAfterZai,
        _ => ClosersAfterYou,
    };

    private const string ModelWord = "大模型";

    /// <summary>Words saying the base is the subject's own (<c>以自研的X为底座</c>, <c>由自家的X驱动</c>).</summary>
    private static readonly string[] OwnBaseWords = ["自研的", "自家的", "自己的", "自有的"];

    private static readonly System.Buffers.SearchValues<char> BaseOpeners = System.Buffers.SearchValues.Create("以在由");

    /// <summary>A short uncovered run between a base's opener and closer is a model (<c>“风清”以风乌为基础继续训练</c>).</summary>
    private static void FindBases(string text, List<(int Start, int End)> covered, Func<ReadOnlySpan<char>, bool> isGeneric, List<DiscoveredName> into)
    {
        for (var at = text.AsSpan().IndexOfAny(BaseOpeners); at >= 0 && at + 1 < text.Length; at = NextOpener(text, at))
        {
            if (IsCovered(covered, at) || !IsCjk(text[at + 1]) || IsCovered(covered, at + 1))
            {
                continue;
            }

            var closers = BaseClosers(text[at]);
            // 以自研的子曰翻译大模型为底座: the owner's word before the base is no part of its name.
            var start = at + 1 + (WordMatch.StartingWord(text.AsSpan(at + 1), OwnBaseWords, StringComparison.Ordinal)?.Length ?? 0);
            var end = start;
            while (end < text.Length && end - start <= MaxBoundedName + ModelWord.Length && IsCjk(text[end]) && !IsCovered(covered, end)
                   && !WordMatch.StartsWithAny(text.AsSpan(end), closers, StringComparison.Ordinal))
            {
                end++;
            }

            var name = text.AsSpan(start, end - start);
            // 子曰翻译大模型: a family's name may run longer when 大模型 ends it.
            var longest = name.EndsWith(ModelWord, StringComparison.Ordinal) ? MaxBoundedName + ModelWord.Length : MaxBoundedName;
            if (end - start >= MinName && end - start <= longest && WordMatch.StartsWithAny(text.AsSpan(end), closers, StringComparison.Ordinal)
                && IsPlausible(name, isGeneric) && !IsPersonName(name) && !WordMatch.StartsWithAny(name, ObjectStarts, StringComparison.Ordinal)
                && !WordMatch.EndsWithAny(name, ChineseWords.ObjectDescriptorEndings, StringComparison.Ordinal))
            {
                Add(covered, into, new DiscoveredName(start, end, MentionOrigin.Candidate, TypeShapes.FromName(name) ?? EntityType.Model), end);
            }
        }
    }

    private static int NextOpener(string text, int at) =>
        text.AsSpan(at + 1).IndexOfAny(BaseOpeners) is var next and >= 0 ? at + 1 + next : -1;
}
