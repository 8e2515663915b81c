using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>
/// A Chinese alias that ends in a verb (<c>腾讯投资</c>, <c>阿里巴巴投资</c>: the investment arms) reads as the verb when
/// an aspect particle or an object follows: <c>阿里巴巴投资了月之暗面</c> is Alibaba investing, not Alibaba Investment.
/// The match is cut back to the longest alias of its prefix, and the verb is left for the cue rules.
/// </summary>
internal static class VerbTailAliases
{
    private static readonly string[] VerbTails = ["战略投资", "投资"];

    /// <summary>Cuts back, in place, the catalogue matches of a line whose verb tail the text uses as a verb.</summary>
    /// <param name="catalogue">The catalogue, which resolves the prefix.</param>
    /// <param name="text">The line.</param>
    /// <param name="raw">The line's catalogue matches, in text order.</param>
    public static void Apply(EntityCatalogue catalogue, string text, List<(int Start, int Length, CatalogueEntry Payload)> raw)
    {
        for (var i = 0; i < raw.Count; i++)
        {
            var (start, length, _) = raw[i];
            var end = start + length;
            string? tail = null;
            foreach (var t in VerbTails)
            {
                if (length > t.Length && text.AsSpan(start, length).EndsWith(t, StringComparison.Ordinal))
                {
                    tail = t;
                    break;
                }
            }

            if (tail is null || !ReadsAsVerb(text, end, i + 1 < raw.Count ? raw[i + 1].Start : -1))
            {
                continue;
            }

            var prefix = catalogue.FindPrefixes(text.AsSpan(start, length - tail.Length));
            if (prefix.Count > 0 && prefix[^1].Length == length - tail.Length)
            {
                raw[i] = (start, prefix[^1].Length, prefix[^1].Entry);
            }
        }
    }

    private static bool ReadsAsVerb(string text, int end, int nextMention) =>
        end < text.Length && (text[end] is '了' or '过' || nextMention == end);
}
