using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Llm.Answers;
using GraphExplorer.Extraction.Llm.Sections;

namespace GraphExplorer.Extraction.Llm.Verification;

/// <summary>
/// Keeps a model relation only when its type is one of the five, its line is in the section, its quote is an exact
/// substring of that line and both names occur on it (resolved as the rules resolve them); the rest are dropped with a reason.
/// </summary>
internal static class RelationVerifier
{
    public static SectionVerification Verify(DocumentSection section, ModelAnswer answer, EntityCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(answer);
        var resolver = new NameResolver(catalogue, answer.Entities);
        var kept = new List<VerifiedRelation>();
        var dropped = new List<(ModelRelation Relation, DropReason Reason)>();
        foreach (var relation in answer.Relations)
        {
            var (verified, reason) = Check(section, relation, resolver);
            if (verified is not null)
            {
                kept.Add(verified);
            }
            else
            {
                dropped.Add((relation, reason));
            }
        }

        return new SectionVerification(kept, dropped);
    }

    private static (VerifiedRelation? Relation, DropReason Reason) Check(DocumentSection section, ModelRelation relation, NameResolver resolver)
    {
        if (string.IsNullOrWhiteSpace(relation.Source) || string.IsNullOrWhiteSpace(relation.Target) || string.IsNullOrWhiteSpace(relation.Type)
            || relation.Line is not { } number || string.IsNullOrWhiteSpace(relation.Quote))
        {
            return (null, DropReason.MissingField);
        }

        if (!RelationshipTypes.TryParse(relation.Type, out var type))
        {
            return (null, DropReason.UnknownType);
        }

        if (!section.TryGetLine(number, out var line))
        {
            return (null, DropReason.LineNotInSection);
        }

        var quote = relation.Quote.Trim();
        if (!line.Contains(quote, StringComparison.Ordinal))
        {
            return (null, DropReason.QuoteNotOnLine);
        }

        var targetFallback = type is RelationshipType.InvestsIn or RelationshipType.SuppliesComputeTo or RelationshipType.CompetesWith
            ? EntityType.Company
            : EntityType.Product;
        var (source, sourceReason) = resolver.Resolve(relation.Source, line, EntityType.Company);
        if (source is null)
        {
            return (null, sourceReason ?? DropReason.NameNotOnLine);
        }

        var (target, targetReason) = resolver.Resolve(relation.Target, line, targetFallback);
        if (target is null)
        {
            return (null, targetReason ?? DropReason.NameNotOnLine);
        }

        return source.Key == target.Key
            ? (null, DropReason.SameEntity)
            : (new VerifiedRelation(source, type, target, number, quote), default);
    }
}
