using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>Sellers named between 从 and a buying verb: <c>昙算云今年从英伟达采购了六百张H20</c> (see <see cref="ChineseNameFinder"/>).</summary>
internal static partial class ChineseNameFinder
{
    /// <summary>Verbs of getting hardware or compute from someone: the name between 从 and them sells or lends it.</summary>
    private static readonly string[] BuyingVerbs = ["采购", "购买", "购入", "租用", "租赁", "订购", "买入", "拿货"];

    /// <summary>Where things are bought that is nobody in particular (<c>从市场采购</c>, <c>从二手渠道购买</c>).</summary>
    private static readonly string[] NotSellers = ["市场", "渠道", "供应商", "经销商", "代理商", "厂商", "厂家", "现货", "黑市", "海外", "国外", "手中", "那里", "这里"];

    /// <summary>A short uncovered run between 从 and a buying verb is a company, the seller (<c>从英伟达采购了H800</c>).</summary>
    private static void FindSellers(string text, List<(int Start, int End)> covered, Func<ReadOnlySpan<char>, bool> isGeneric, List<DiscoveredName> into)
    {
        for (var at = text.IndexOf('从'); at >= 0 && at + 1 < text.Length; at = text.IndexOf('从', at + 1))
        {
            var start = at + 1;
            if (IsCovered(covered, at) || IsCovered(covered, start) || !IsCjk(text[start]))
            {
                continue;
            }

            var end = start;
            while (end < text.Length && end - start <= MaxBoundedName && IsCjk(text[end]) && !IsCovered(covered, end)
                   && !WordMatch.StartsWithAny(text.AsSpan(end), BuyingVerbs, StringComparison.Ordinal)
                   && !ChineseWords.BoundaryChars.Contains(text[end]) && !StartsWithBoundaryWord(text, end))
            {
                end++;
            }

            var name = text.AsSpan(start, end - start);
            if (name.Length >= MinName && name.Length <= MaxBoundedName && WordMatch.StartsWithAny(text.AsSpan(end), BuyingVerbs, StringComparison.Ordinal)
                && IsPlausible(name, isGeneric) && !IsPersonName(name) && !WordMatch.StartsWithAny(name, ObjectStarts, StringComparison.Ordinal)
                && !WordMatch.EndsWithAny(name, NotSellers, StringComparison.Ordinal))
            {
                Add(covered, into, new DiscoveredName(start, end, MentionOrigin.Candidate, EntityType.Company), end);
            }
        }
    }
}
