using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Compute supply read from the buyer's side: a use of someone's hardware or cloud (<see cref="CueShape.ComputeUse"/>)
/// and a customer of it (<see cref="CueShape.Customer"/>). The supplier of a chip is its maker, read from how the
/// chip is written (<c>Nvidia A100</c>, <c>英伟达的A100</c>).
/// </summary>
internal static class ComputeFrames
{
    /// <summary>How far after a use cue the supplier may be named: <c>拥有在 AWS 运行的、由 4000 多个 Nvidia A100 GPU 组成的集群</c>.</summary>
    private const int MaxUseSpan = 48;

    /// <summary>The longest gap between a supplier and the customer word after it (<c>NVIDIA's largest customer</c>, <c>英伟达最大的客户</c>).</summary>
    private const int MaxCustomerGap = 12;

    /// <summary>How far before a product its maker may be written to count as the product's maker (<c>NVIDIA的</c>, <c>Google's </c>).</summary>
    private const int MaxMakerGap = 12;

    /// <summary>Words in a use cue's window that make it a base, not compute (<c>trains Lumen-2 on top of Mistral Large</c>).</summary>
    private static readonly string[] BaseWords = ["on top of", "fine-tun", "based on", "distilled from"];

    private static readonly string[] ExceptionOpeners = ["除了", "除", "besides", "apart from", "other than", "aside from"];

    private static readonly string[] ExceptionClosers = ["以外", "之外", "外", ",", "，"];

    /// <summary>Applies a compute-use cue: the consumer is the cue's subject, the supplier the first company (or chip maker) after it.</summary>
    /// <returns>0 when no supply was read; otherwise the supplier's end.</returns>
    public static int ApplyUse(LineContext line, CueFrame frame, int cueStart, int cueEnd)
    {
        var windowEnd = ClauseEnd(line.Text, cueEnd, cueEnd + MaxUseSpan);
        var window = line.Text.AsSpan(cueEnd, windowEnd - cueEnd);
        if ((frame.Requires is not null && !CueSpans.ContainsAny(window, frame.Requires)) || CueSpans.ContainsAny(window, BaseWords))
        {
            return 0;
        }

        var supplier = LenderAfter(line, cueEnd, windowEnd);
        var throughChip = false;
        for (var k = line.FirstMentionAtOrAfter(cueEnd); k < line.Mentions.Count && line.Mentions[k].End <= windowEnd && supplier is null; k++)
        {
            var mention = line.Mentions[k];
            // "runs on X" names compute only when X is a company (a cloud); else it is what the product is built on.
            var maker = mention.IsCompany ? null : MakerOf(line, mention);
            throughChip = maker is not null
                || (mention.IsCompany && k + 1 < line.Mentions.Count && line.Mentions[k + 1] is { IsArtifact: true } chip && IsMadeBy(line, chip, mention));
            // …trains it on a GH200 cluster rented from Fjordline Compute: the seller named after the chip rents it out.
            supplier = mention.IsCompany ? mention
                : AcquiredFrom.SellerAfter(line, mention)
                ?? maker
                ?? (frame.Requires is not null && (CueRoles.CanBeCompany(mention) || (mention.Type != EntityType.Model && IsFollowedByCompute(line.Text, mention.End, windowEnd))) ? mention : null);
        }

        if (supplier is null)
        {
            return 0;
        }

        // A chip named with its maker (运行在地平线征程6之上, runs on Qualcomm's Snapdragon) supplies a company or a known model in
        // training (Stable Diffusion); a device or an app that runs on it is built on the chip, which the built-on frames read.
        var consumers = CueArguments.Left(
            line, cueStart, m => m.Key != supplier.Key && CueRoles.CanConsumeCompute(m) && !IsMadeBy(line, m, supplier) && (!throughChip || m.IsCompany || (m.Type == EntityType.Model && m.IsCatalogued)), strict: true);

        // What a company owns runs on the supplier's compute for that company (HeyGen's Avatar IV model is served on AWS).
        if (Deployers.Before(line, cueStart) is { } deployer && deployer.Key != supplier.Key)
        {
            // 深势科技把Bohrium部署在阿里云上: the company putting its product on the cloud is the consumer, not the product.
            consumers = [deployer];
        }

        var owners = consumers.Select(c => c.IsArtifact && line.OwnerOf(c) is { } owner && owner.Key != supplier.Key ? owner : c).ToList();
        return CueRules.Emit(line, RelationshipType.SuppliesComputeTo, [supplier], owners, cueStart, cueEnd) > 0 ? supplier.End : 0;
    }

    /// <summary>
    /// The company that makes a product the line names as a supplier: its owner right before it (<c>X的Y</c>, <c>X's Y</c>), or
    /// the sentence's subject company when the product is introduced as its own (<c>X…，旗下的Y</c>); <see langword="null"/> otherwise.
    /// </summary>
    public static Mention? MakerOfProduct(LineContext line, Mention product)
    {
        if (line.OwnerOf(product) is { } owner)
        {
            return owner;
        }

        var before = line.Text.AsSpan(0, product.Start).TrimEnd();
        return before.EndsWith("旗下的", StringComparison.Ordinal) || before.EndsWith("旗下", StringComparison.Ordinal)
            ? CueSubjects.Before(line, product.Start, m => m.IsCompany, strict: true) is [var maker] ? maker : null
            : null;
    }

    /// <summary>Whether a mention is the object of a compute use (<c>租用了腾讯云…</c>, <c>rents … from Crusoe</c>): what is used, not who acts.</summary>
    public static bool IsUseObject(LineContext line, Mention mention)
    {
        var lead = line.Text.AsSpan(line.ClauseStart(mention.Start), mention.Start - line.ClauseStart(mention.Start)).TrimEnd();
        return WordMatch.EndsWithAny(lead, UseVerbs, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] UseVerbs = ["租用了", "租用", "使用了", "使用", "采购了", "采购", "购买了", "购买", "用了", "借助", "rents", "rented", "uses", "from"];

    /// <summary>Applies a giving cue: the subject supplies the company named after <c>to</c> in the clause, when compute is given.</summary>
    /// <returns>0 when no supply was read; otherwise the recipient's end.</returns>
    public static int ApplyTo(LineContext line, int cueStart, int cueEnd)
    {
        var windowEnd = ClauseEnd(line.Text, cueEnd, cueEnd + MaxUseSpan);
        Mention? recipient = null;
        for (var k = line.FirstMentionAtOrAfter(cueEnd); k < line.Mentions.Count && line.Mentions[k].End <= windowEnd && recipient is null; k++)
        {
            var mention = line.Mentions[k];
            var before = line.Text.AsSpan(cueEnd, mention.Start - cueEnd);
            if (CueRoles.CanBeCompany(mention) && before.TrimEnd().EndsWith(" to", StringComparison.OrdinalIgnoreCase) && CueSpans.ContainsAny(before, CueLexicon.ComputeWords))
            {
                recipient = mention;
            }
        }

        if (recipient is null)
        {
            return 0;
        }

        var suppliers = CueArguments.Left(line, cueStart, m => m.Key != recipient.Key && CueRoles.CanSupply(m), strict: true);
        return CueRules.Emit(line, RelationshipType.SuppliesComputeTo, suppliers, [recipient], cueStart, cueEnd) > 0 ? recipient.End : 0;
    }

    /// <summary>
    /// The company named after <c>from</c> in a use cue's window: <c>rents H100 clusters from Pellucid Compute</c> buys the
    /// compute from Pellucid Compute, not from the chip's maker.
    /// </summary>
    private static Mention? LenderAfter(LineContext line, int cueEnd, int windowEnd)
    {
        for (var k = line.FirstMentionAtOrAfter(cueEnd); k < line.Mentions.Count && line.Mentions[k].End <= windowEnd; k++)
        {
            var mention = line.Mentions[k];
            if (CueRoles.CanBeCompany(mention) && line.Text.AsSpan(cueEnd, mention.Start - cueEnd).TrimEnd().EndsWith(" from", StringComparison.OrdinalIgnoreCase))
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>Applies a customer cue: the supplier named right before it (or after <c>of</c>), the customer the clause's subject.</summary>
    /// <returns>0 when no supply was read; otherwise the cue's end.</returns>
    public static int ApplyCustomer(LineContext line, int cueStart, int cueEnd)
    {
        var text = line.Text;
        var sentenceStart = line.SentenceStart(cueStart);
        var sentence = text.AsSpan(sentenceStart, line.SentenceEnd(cueStart) - sentenceStart);
        if (!CueSpans.ContainsAny(sentence, CueLexicon.ComputeWords) && !CueSpans.ContainsAny(text.AsSpan(cueStart, cueEnd - cueStart), CueLexicon.ComputeWords))
        {
            return 0;
        }

        var supplier = SupplierBefore(line, cueStart) ?? SupplierAfterOf(line, cueEnd);
        if (supplier is null)
        {
            return 0;
        }

        bool Fits(Mention m) => m.Key != supplier.Key && CueRoles.CanBeCompany(m);
        var customers = new List<Mention>(CueSubjects.Before(line, Math.Min(supplier.Start, cueStart), Fits, strict: true));
        customers.AddRange(Exceptions(line, line.ClauseStart(cueStart), cueStart, Fits));
        return CueRules.Emit(line, RelationshipType.SuppliesComputeTo, [supplier], customers, cueStart, cueEnd) > 0 ? cueEnd : 0;
    }

    private static Mention? SupplierBefore(LineContext line, int cueStart)
    {
        var index = line.FirstMentionAtOrAfter(cueStart) - 1;
        if (index < 0 || line.Mentions[index].End > cueStart)
        {
            return null;
        }

        var mention = line.Mentions[index];
        var raw = line.Text.AsSpan(mention.End, cueStart - mention.End);
        return CueRoles.CanBeCompany(mention) && !TextGaps.HasClauseBreak(raw) && TextGaps.Strip(raw).Length <= MaxCustomerGap ? mention : null;
    }

    private static Mention? SupplierAfterOf(LineContext line, int cueEnd)
    {
        var after = line.Text.AsSpan(cueEnd).TrimStart();
        if (!after.StartsWith("of ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var right = CueArguments.Right(line, cueEnd, CueRoles.CanBeCompany, MaxCustomerGap);
        return right.Count > 0 ? right[0] : null;
    }

    /// <summary>The mentions an exception names before the cue: <c>除了字节外，最大的…</c> counts 字节 in, not out.</summary>
    private static List<Mention> Exceptions(LineContext line, int from, int to, Func<Mention, bool> fits)
    {
        var found = new List<Mention>();
        var span = line.Text.AsSpan(from, to - from);
        foreach (var opener in ExceptionOpeners)
        {
            var at = span.IndexOf(opener, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var start = from + at + opener.Length;
            var end = to;
            foreach (var closer in ExceptionClosers)
            {
                var close = line.Text.AsSpan(start, to - start).IndexOf(closer, StringComparison.Ordinal);
                end = close >= 0 ? Math.Min(end, start + close) : end;
            }

            for (var k = line.FirstMentionAtOrAfter(start); k < line.Mentions.Count && line.Mentions[k].End <= end; k++)
            {
                if (fits(line.Mentions[k]))
                {
                    found.Add(line.Mentions[k]);
                }
            }

            break;
        }

        return found;
    }

    /// <summary>Who supplies the compute each mention names: a company itself, a chip or cloud product its maker (when the line names it).</summary>
    public static IReadOnlyList<Mention> Suppliers(LineContext line, IReadOnlyList<Mention> mentions)
    {
        var suppliers = new List<Mention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            // 租用了峦能算力的昇腾910B集群: the owner written before a chip rents it out.
            var supplier = CueRoles.CanBeCompany(mention) ? mention : MakerOf(line, mention) ?? line.OwnerOf(mention) ?? (mention.Type == EntityType.Model ? null : mention);
            if (supplier is not null)
            {
                suppliers.Add(supplier);
            }
        }

        return suppliers;
    }

    /// <summary>
    /// The company a product mention is written with (<c>Nvidia A100</c>, <c>英伟达的A100</c>, <c>Google's TPU</c>), read by
    /// the name rules earlier; a maker named elsewhere in the line does not count.
    /// </summary>
    private static Mention? MakerOf(LineContext line, Mention product)
    {
        for (var r = 0; r < line.Relations.Count; r++)
        {
            var relation = line.Relations[r];
            if (relation.Type == RelationshipType.Develops && relation.Target.Key == product.Key && relation.Source.IsCompany
                && relation.Source.Start >= product.Start - MaxMakerGap && relation.Source.Start <= product.Start)
            {
                return relation.Source;
            }
        }

        return null;
    }

    private static bool IsMadeBy(LineContext line, Mention product, Mention maker) => MakerOf(line, product)?.Key == maker.Key;

    private static bool IsFollowedByCompute(string text, int from, int to)
    {
        var after = text.AsSpan(from, Math.Min(to, from + MaxCustomerGap) - from).TrimStart().TrimStart("的'’s ");
        foreach (var word in CueLexicon.ComputeWords)
        {
            if (after.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int ClauseEnd(string text, int from, int limit)
    {
        limit = Math.Min(limit, text.Length);
        for (var i = from; i < limit; i++)
        {
            if (TextGaps.IsSentenceBreakAt(text, i) || (text[i] is '；' or ';' or '，' or ',' && TextGaps.IsClauseBreakAt(text, i)))
            {
                return i;
            }
        }

        return limit;
    }
}
