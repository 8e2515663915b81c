using GraphExplorer.Core.Relationships;
using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Relations stated by a list item's shape rather than its words: <c>OpenAI: GPT-4, DALL-E, Sora</c> (a developer
/// and its products), <c>Point-E：OpenAI团队开发</c> and <c>TensorRT - NVIDIA GPU推理优化库</c> (products and their
/// developer), and <c>支持模型：Claude、Llama</c> under a product (the product is built on the listed models).
/// </summary>
internal static class ListStructureRules
{
    private static readonly string[] InvestingLeads =
        ["领投", "跟投", "参投", "投资", "战略投资", "注资", "入股", "收购", "led ", "co-led", "invested", "backed", "acquired", "joined"];

    private const int MaxListLead = 8;
    private const int MaxJunkGap = 10;
    private const int MaxDeveloperLead = 2;

    private static readonly string[] BaseModelLabels =
        ["支持模型", "支持的模型", "可用模型", "接入模型", "集成模型", "底层模型", "基础模型", "底座模型", "模型支持", "支持大模型", "supported models", "models supported", "built on", "based on", "powered by", "base model", "base models"];

    /// <summary><see cref="BaseModelLabels"/> stripped as a head's text is, once rather than per head.</summary>
    private static readonly string[] StrippedBaseModelLabels = Array.ConvertAll(BaseModelLabels, l => TextGaps.Strip(l));

    private static readonly string[] NotDeveloperFollowers =
        ["基于", "接入", "集成", "投资", "使用", "支持", "驱动", "调用", "采用", "合作", "竞争", "对标", "提供的", "与", "和", "等"];

    /// <summary>Applies the list-structure rules to a line with a head.</summary>
    /// <param name="line">The line.</param>
    /// <param name="head">Its head.</param>
    /// <param name="catalogue">Resolves makers carried in product names.</param>
    public static void Apply(LineContext line, ItemHead head, EntityCatalogue catalogue)
    {
        var headMentions = CompoundNameRules.MentionsBetween(line, head.Start, head.End);
        if (!head.HasBody(line.Text))
        {
            return;
        }

        if (headMentions.Count == 0)
        {
            ApplyBaseModelLabel(line, head);
            return;
        }

        var developer = HeadDeveloper(line, head, headMentions, catalogue);
        if (developer is not null)
        {
            var named = ListBodyNames.Find(line, head.BodyStart, catalogue, headIsCompany: headMentions is [{ IsCompany: true }]);
            foreach (var product in LeadingList(line, head.BodyStart))
            {
                if (!IsWithinAny(named, product))
                {
                    AddProduct(line, developer, product, headMentions);
                }
            }

            foreach (var product in named)
            {
                AddProduct(line, developer, product, headMentions);
            }

            return;
        }

        if (headMentions.TrueForAll(m => m.IsArtifact) && CompoundNameRules.IsCoordinatedList(line, headMentions))
        {
            foreach (var company in LeadingDevelopers(line, head.BodyStart))
            {
                foreach (var product in headMentions)
                {
                    line.Add(company, RelationshipType.Develops, product, EvidenceBasis.Structure, line.Text.Trim());
                }
            }
        }
    }

    /// <summary>Whether a mention is written in quotes (<c>“青枝”操作系统</c>): in a developer's list, a named product.</summary>
    private static void AddProduct(LineContext line, Mention developer, Mention product, List<Mention> headMentions)
    {
        var listedUnderNewLabel = !developer.IsCatalogued && IsTypedArtifact(product);
        if (product.IsArtifact && (product.IsKnown || IsQuoted(line.Text, product) || listedUnderNewLabel) && !HasKey(headMentions, product))
        {
            // A typed name listed under a new company's label is a product of it, confident enough to be a node.
            var listed = product.IsKnown || !listedUnderNewLabel ? product : product with { Origin = MentionOrigin.Discovered };
            line.Add(developer, RelationshipType.Develops, listed, EvidenceBasis.Structure, line.Text.Trim());
        }
    }

    private static bool IsWithinAny(List<Mention> names, Mention mention)
    {
        foreach (var n in names)
        {
            if (n.Start <= mention.Start && mention.End <= n.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasKey(List<Mention> mentions, Mention mention)
    {
        foreach (var m in mentions)
        {
            if (m.Key == mention.Key)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuoted(string text, Mention mention) =>
        mention.Start > 0 && text[mention.Start - 1] is '“' or '"' or '「' or '『' && mention.End < text.Length && text[mention.End] is '”' or '"' or '」' or '』';

    private static void ApplyBaseModelLabel(LineContext line, ItemHead head)
    {
        Span<char> buffer = stackalloc char[LineContext.GapBufferLength];
        var label = TextGaps.Strip(line.Text.AsSpan(head.Start, head.End - head.Start), buffer);
        var isBaseModelLabel = false;
        foreach (var stripped in StrippedBaseModelLabels)
        {
            isBaseModelLabel |= label.Equals(stripped, StringComparison.OrdinalIgnoreCase);
        }

        if (!isBaseModelLabel)
        {
            return;
        }

        var dependent = line.Topic.FirstOrDefault(m => m.IsArtifact);
        if (dependent is null)
        {
            return;
        }

        foreach (var model in LeadingList(line, head.BodyStart))
        {
            if (model.IsArtifact && model.IsKnown)
            {
                line.Add(dependent, RelationshipType.BuiltOn, model, EvidenceBasis.Structure, line.Text.Trim());
            }
        }
    }

    /// <summary>The head's developer: its only company (aliases of one company count once), or the maker its one product's name starts with.</summary>
    private static Mention? HeadDeveloper(LineContext line, ItemHead head, List<Mention> headMentions, EntityCatalogue catalogue)
    {
        var first = headMentions[0];
        var rest = TextGaps.StripAsides(line.Text.AsSpan(first.End, head.End - first.End));
        if (first.IsCompany && headMentions.TrueForAll(m => m.Key == first.Key))
        {
            return rest.Length <= 4 ? first : null;
        }

        if (headMentions.Count == 1 && first.IsKnown && rest.Length == 0)
        {
            var owner = catalogue.FindOwnerPrefix(first.Surface, out var length);
            if (owner is not null)
            {
                return new Mention(first.Start, first.Start + length, first.Surface[..length], owner);
            }
        }

        // A new name of no type (or a product by its shape alone) as the whole label (**Ubisoft：** NEO NPC, **禾掌（Hezhang）：** 禾掌店长和禾掌-Merchant 14B) is the
        // developer of the products the body lists, when those are shaped or typed as models or products.
        if (headMentions.Count == 1 && !first.IsCatalogued && first.Type is null or Core.Entities.EntityType.Product && rest.Length == 0 && !HasModelOrVersionShape(first.Surface)
            && IsBoldLabel(line.Text, head) && first.Start == head.Start
            && LeadingList(line, head.BodyStart) is { Count: > 0 } listed && listed.TrueForAll(IsTypedArtifact))
        {
            return first with { Type = Core.Entities.EntityType.Company, Origin = MentionOrigin.Discovered };
        }

        return null;
    }

    /// <summary>Whether the head is a bold label (<c>**X：**</c>), not a title before a colon or a code span.</summary>
    private static bool IsBoldLabel(string text, ItemHead head) => head.Start >= 2 && text.AsSpan(head.Start - 2, 2).SequenceEqual("**");

    private static bool HasModelOrVersionShape(string name) => CueRoles.HasModelShape(name) || CueRoles.HasVersionShape(name);

    /// <summary>Whether a listed name is a model or product by the catalogue, its shape or its context, or quoted.</summary>
    private static bool IsTypedArtifact(Mention mention) =>
        mention.Type is Core.Entities.EntityType.Model or Core.Entities.EntityType.Product || HasModelOrVersionShape(mention.Surface) || (mention.Type is null && mention.IsKnown);

    /// <summary>The mentions listed at the start of a body: near its start, separated by list punctuation.</summary>
    /// <summary>Whether a label's body opens with an investment (<c>**栎川资本：** 领投潮汐云算B轮</c>): what follows is not its product list.</summary>
    private static bool StartsWithInvesting(ReadOnlySpan<char> lead) =>
        WordMatch.StartsWithAny(lead.TrimStart(), InvestingLeads, StringComparison.OrdinalIgnoreCase);

    private static List<Mention> LeadingList(LineContext line, int bodyStart)
    {
        var list = new List<Mention>();
        var index = line.FirstMentionAtOrAfter(bodyStart);
        if (index >= line.Mentions.Count)
        {
            return list;
        }

        var lead = line.Text.AsSpan(bodyStart, line.Mentions[index].Start - bodyStart);
        if (TextGaps.Strip(lead).Length > MaxListLead || TextGaps.HasSentenceBreak(lead) || lead.Contains('，') || StartsWithInvesting(lead))
        {
            return list;
        }

        list.Add(line.Mentions[index]);
        for (var k = index + 1; k < line.Mentions.Count; k++)
        {
            var rawGap = line.Text.AsSpan(line.Mentions[k - 1].End, line.Mentions[k].Start - line.Mentions[k - 1].End);
            var gap = TextGaps.StripAsides(rawGap);
            var junkItem = gap.Length <= MaxJunkGap && (gap.Contains('、') || gap.Contains(',') || gap.Contains('/')) && !TextGaps.HasSentenceBreak(rawGap);
            if (!TextGaps.IsCoordinator(gap) && !junkItem)
            {
                break;
            }

            list.Add(line.Mentions[k]);
        }

        return list;
    }

    /// <summary>The companies a body opens with (<c>谷歌和 UC 伯克利开发</c>), unless they are followed by a cue of another relation.</summary>
    private static List<Mention> LeadingDevelopers(LineContext line, int bodyStart)
    {
        var list = new List<Mention>();
        var index = line.FirstMentionAtOrAfter(bodyStart);
        if (index >= line.Mentions.Count || !line.Mentions[index].IsCompany || line.Gap(bodyStart, line.Mentions[index].Start).Length > MaxDeveloperLead)
        {
            return list;
        }

        list.Add(line.Mentions[index]);
        var last = index;
        for (var k = index + 1; k < line.Mentions.Count && line.Mentions[k].IsCompany; k++)
        {
            if (!TextGaps.IsCoordinator(line.Gap(line.Mentions[k - 1].End, line.Mentions[k].Start)))
            {
                break;
            }

            list.Add(line.Mentions[k]);
            last = k;
        }

        var after = line.Gap(line.Mentions[last].End, Math.Min(line.Text.Length, line.Mentions[last].End + 6));
        return Array.Exists(NotDeveloperFollowers, f => after.StartsWith(f, StringComparison.Ordinal)) ? [] : list;
    }
}
