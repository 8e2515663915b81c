using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Developer links carried by how names are written, in any line: a company right before its product
/// (<c>英伟达CUDA</c>, <c>Google's Gemini</c>, <c>百度的文心大模型</c>, <c>百度智能视频合成平台 VidPress</c>), a product
/// name that starts with its maker's name (<c>Microsoft 365 Copilot</c>), a developer or investor in parentheses
/// (<c>PyTorch (Meta)</c>, <c>Harvey (openai投资)</c>), and a series with its members in parentheses.
/// </summary>
internal static partial class CompoundNameRules
{
    /// <summary>Applies the rules to a line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="headEnd">Where the list item's head ends (0 when none): links inside it are structure, the rest prose.</param>
    /// <param name="finder">Resolves catalogue prefixes.</param>
    public static void Apply(LineContext line, int headEnd, MentionFinder finder)
    {
        var mentions = line.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            ApplyPrefixOwner(line, mention, headEnd, finder);
            ApplyParenthesis(line, mention, headEnd);
            ApplyPronounOwner(line, i);
            if (i + 1 < mentions.Count)
            {
                ApplyAdjacent(line, i, headEnd);
            }
        }
    }

    /// <summary>
    /// <c>X是一家…公司，其Y…</c>: the possessive pronoun after a clause break names what the sentence's subject company
    /// owns, when that company opens the sentence.
    /// </summary>
    private static void ApplyPronounOwner(LineContext line, int index)
    {
        var mention = line.Mentions[index];
        var at = mention.Start - 1;
        if (!mention.IsArtifact || at < 1 || line.Text[at] != '其' || line.Text[at - 1] is not ('，' or '；' or ','))
        {
            return;
        }

        var sentenceStart = line.SentenceStart(mention.Start);
        var first = line.FirstMentionAtOrAfter(sentenceStart);
        if (first >= index || line.Mentions[first] is not { IsCompany: true } owner || line.GapLength(sentenceStart, owner.Start) > 0)
        {
            return;
        }

        line.Add(owner, RelationshipType.Develops, mention, EvidenceBasis.Prose, line.SentenceQuote(owner.Start, mention.End));
    }

    private static EvidenceBasis BasisFor(int end, int headEnd) => end <= headEnd ? EvidenceBasis.Structure : EvidenceBasis.Prose;

    private static string QuoteFor(LineContext line, int start, int end, int headEnd) =>
        end <= headEnd ? line.Text.Trim() : line.SentenceQuote(start, end);

    private static void ApplyPrefixOwner(LineContext line, Mention mention, int headEnd, MentionFinder finder)
    {
        if (mention.Entry is null || !mention.IsArtifact)
        {
            return;
        }

        var owner = finder.Catalogue.FindOwnerPrefix(mention.Surface, out var prefixLength);
        if (owner is not null && (mention.End <= headEnd || NamesApart(finder, mention, prefixLength) || StandsAlone(line.Text, mention) || IsUsedAsCompute(line.Text, mention)))
        {
            var ownerMention = new Mention(mention.Start, mention.Start + prefixLength, mention.Surface[..prefixLength], owner);
            var basis = BasisFor(mention.End, headEnd);
            var quote = QuoteFor(line, mention.Start, mention.End, headEnd);
            line.Add(ownerMention, RelationshipType.Develops, mention, basis, quote);
            AddSlashSiblings(line, ownerMention, line.FirstMentionAtOrAfter(mention.Start), basis, quote);
        }
    }

    /// <summary>
    /// Whether the text writes the maker before a name that stands without it (<c>英伟达CUDA</c>, <c>Adobe Firefly</c>): the
    /// rest is the same entity's name. A brand that carries its maker (<c>Apple Intelligence</c>, <c>腾讯元宝</c>) is not.
    /// </summary>
    private static bool NamesApart(MentionFinder finder, Mention mention, int prefixLength) =>
        finder.Catalogue.TryResolve(mention.Surface[prefixLength..].TrimStart(' ', '的', '-'), out var rest) && rest.Key == mention.Entry?.Key;

    /// <summary>Separators around a name listed on its own (<c>云服务：Google Colab + Hugging Face Spaces</c>).</summary>
    private const string ItemSeparators = "：:+＋、，,/／;；|（）()";

    /// <summary>
    /// Whether a name stands as an item of its own, between separators or the line's ends: written so, it is a product
    /// labelled with its maker. In a clause (<c>Apple Intelligence does not use…</c>, <c>腾讯元宝同时接入了…</c>) the name
    /// is only a name.
    /// </summary>
    private static bool StandsAlone(string text, Mention mention)
    {
        var before = text.AsSpan(0, mention.Start).TrimEnd(" *_`-\t");
        var after = text.AsSpan(mention.End).TrimStart(" *_`\t");
        return (before.IsEmpty || ItemSeparators.Contains(before[^1])) && (after.IsEmpty || ItemSeparators.Contains(after[0]) || after[0] is '。' or '.');
    }

    /// <summary>Whether a chip written with its maker is counted or named as hardware (<c>256 张 Nvidia A100</c>, <c>AWS Inferentia2 chips</c>).</summary>
    private static bool IsUsedAsCompute(string text, Mention mention)
    {
        var before = text.AsSpan(0, mention.Start).TrimEnd(' ');
        var after = text.AsSpan(mention.End).TrimStart(' ');
        return (!before.IsEmpty && before[^1] is '张' or '块' or '片' or '颗' or '台') || WordMatch.StartsWithAny(after, CueLexicon.ComputeWords, StringComparison.OrdinalIgnoreCase);
    }

    private static void AddSlashSiblings(LineContext line, Mention developer, int index, EvidenceBasis basis, string quote)
    {
        for (var j = index + 1; j < line.Mentions.Count; j++)
        {
            var gap = line.Text.AsSpan(line.Mentions[j - 1].End, line.Mentions[j].Start - line.Mentions[j - 1].End);
            if (gap is not ("/" or "／") || !line.Mentions[j].IsArtifact)
            {
                return;
            }

            line.Add(developer, RelationshipType.Develops, line.Mentions[j], basis, quote);
        }
    }

    internal static List<Mention> MentionsBetween(LineContext line, int start, int end)
    {
        // Counted first, so the list is made at its size (most spans hold none or one).
        var first = line.FirstMentionAtOrAfter(start);
        var last = first;
        while (last < line.Mentions.Count && line.Mentions[last].End <= end)
        {
            last++;
        }

        var list = new List<Mention>(last - first);
        for (var k = first; k < last; k++)
        {
            list.Add(line.Mentions[k]);
        }

        return list;
    }

    internal static bool IsCoordinatedList(LineContext line, List<Mention> members)
    {
        Span<char> gapBuffer = stackalloc char[LineContext.GapBufferLength];
        for (var k = 1; k < members.Count; k++)
        {
            if (!TextGaps.IsCoordinator(TextGaps.StripAsides(line.Text.AsSpan(members[k - 1].End, members[k].Start - members[k - 1].End), gapBuffer)))
            {
                return false;
            }
        }

        return true;
    }
}
