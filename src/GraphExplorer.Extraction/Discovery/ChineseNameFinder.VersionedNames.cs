using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>Chinese names with a Latin version, a size or an App after them (see <see cref="ChineseNameFinder"/>).</summary>
internal static partial class ChineseNameFinder
{
    /// <summary>Chinese names with a Latin version or size: <c>墨羽-13B</c>, <c>知微-VL</c>, <c>安和-Med 14B</c>, <c>律准App</c>.</summary>
    private static void FindVersionedNames(string text, List<(int Start, int End)> covered, List<DiscoveredName> into)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            var hyphen = text[i] == '-' && char.IsAsciiLetterOrDigit(text[i + 1]);
            var app = !hyphen && text.AsSpan(i).StartsWith("App", StringComparison.Ordinal) && (i + 3 >= text.Length || !char.IsAsciiLetter(text[i + 3]));
            if ((!hyphen && !app) || !IsCjk(text[i - 1]) || IsCovered(covered, i - 1))
            {
                continue;
            }

            var start = WalkLeft(text, i, MaxWeakStem, covered);
            if (start < 0 || i - start < MinName || ChineseWords.GenericStems.ContainsSpan(text.AsSpan(start, i - start)) || (app && FollowsQuotedName(text, start)))
            {
                continue;
            }

            var end = i + (app ? 3 : 1);
            if (hyphen)
            {
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || (text[end] is '.' or '-' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]))))
                {
                    end++;
                }

                if (ChineseWords.DescriptiveLatinParts.Contains(text[(i + 1)..end]))
                {
                    continue;
                }

                // A size after a space belongs to the name: 安和-Med 14B.
                if (end + 2 < text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1]))
                {
                    var size = end + 1;
                    while (size < text.Length && char.IsAsciiDigit(text[size]))
                    {
                        size++;
                    }

                    if (size < text.Length && text[size] is 'B' or 'b' && (size + 1 >= text.Length || !char.IsAsciiLetterOrDigit(text[size + 1])))
                    {
                        end = size + 1;
                    }
                }

                // An edition or a version after a space too: 籁音-ASR Pro, 绮光-XL 2.0.
                end = NameTails.End(text, end);
            }

            // Drop Latin mentions the run overlaps: the whole is one name.
            RemoveInside(covered, i, end);
            var type = app ? EntityType.Product : TypeShapes.FromName(text.AsSpan(start, end - start)) ?? EntityType.Product;
            Add(covered, into, new DiscoveredName(start, end, MentionOrigin.Discovered, type), end);
            i = end - 1;
        }
    }

    /// <summary>Removes, in place and in order, the covered spans that start in [from, end) and end by <paramref name="end"/>.</summary>
    private static void RemoveInside(List<(int Start, int End)> covered, int from, int end)
    {
        var kept = 0;
        for (var k = 0; k < covered.Count; k++)
        {
            var c = covered[k];
            if (!(c.Start >= from && c.Start < end && c.End <= end))
            {
                covered[kept++] = c;
            }
        }

        covered.RemoveRange(kept, covered.Count - kept);
    }
}
