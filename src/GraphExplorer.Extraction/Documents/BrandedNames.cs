using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Discovery;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Documents;

/// <summary>
/// A brand the document itself established, written onto a Latin name (<c>枢织Flow</c>, where the document names
/// 枢织科技 or 枢织-Agent 14B elsewhere): the whole is the product's name, not the Latin word alone.
/// </summary>
internal sealed class BrandedNames
{
    private const int MinBrand = 2;

    private const int MaxBrand = 4;

    private readonly HashSet<string> _brands = new(StringComparer.Ordinal);

    /// <summary>Whether no brand was established.</summary>
    public bool IsEmpty => _brands.Count == 0;

    /// <summary>
    /// Keeps the brand a discovered name states: the stem of a company name before its suffix (<c>枢织科技</c>), or the
    /// Chinese part of a versioned name (<c>枢织-Agent 14B</c>).
    /// </summary>
    /// <param name="mention">A mention from the first pass.</param>
    public void Register(Mention mention)
    {
        var surface = mention.Surface;
        if (mention.IsCatalogued || mention.Origin != MentionOrigin.Discovered || surface.Length <= MinBrand || !ChineseNameFinder.IsCjk(surface[0]))
        {
            return;
        }

        var cjk = 0;
        while (cjk < surface.Length && ChineseNameFinder.IsCjk(surface[cjk]))
        {
            cjk++;
        }

        if (cjk < surface.Length)
        {
            // 枢织-Agent 14B: the Chinese part before a hyphenated Latin part.
            if (surface[cjk] == '-' && cjk is >= MinBrand and <= MaxBrand)
            {
                _brands.Add(surface[..cjk]);
            }

            return;
        }

        if (mention.IsCompany)
        {
            foreach (var suffix in ChineseWords.CompanySuffixes)
            {
                var stem = surface.Length - suffix.Length;
                if (stem is >= MinBrand and <= MaxBrand && surface.EndsWith(suffix, StringComparison.Ordinal))
                {
                    // 训练数据, 国产芯片: a common word before the suffix brands nothing.
                    if (!ChineseWords.CommonStems.ContainsSpan(surface.AsSpan(0, stem)) && !ChineseWords.GenericStems.ContainsSpan(surface.AsSpan(0, stem)))
                    {
                        _brands.Add(surface[..stem]);
                    }

                    return;
                }
            }
        }
    }

    /// <summary>Replaces, in place, each Latin name written right after a brand by the branded name.</summary>
    /// <param name="text">The line.</param>
    /// <param name="mentions">The line's mentions, in text order.</param>
    public void Apply(string text, List<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.IsCatalogued || mention.Start < MinBrand || mention.End > text.Length || !char.IsAsciiLetterUpper(text[mention.Start])
                || !ChineseNameFinder.IsCjk(text[mention.Start - 1]))
            {
                continue;
            }

            var previousEnd = i > 0 ? mentions[i - 1].End : 0;
            for (var length = Math.Min(MaxBrand, mention.Start - previousEnd); length >= MinBrand; length--)
            {
                var start = mention.Start - length;
                if ((start == 0 || !ChineseNameFinder.IsCjk(text[start - 1]) || ChineseWords.BoundaryChars.Contains(text[start - 1]))
                    && _brands.Contains(text.Substring(start, length)))
                {
                    var surface = text[start..mention.End];
                    mentions[i] = new Mention(start, mention.End, surface, MentionOrigin.Discovered, mention.Type is EntityType.Company ? EntityType.Product : mention.Type ?? EntityType.Product);
                    break;
                }
            }
        }
    }
}
