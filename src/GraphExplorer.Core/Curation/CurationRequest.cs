using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Curation;

/// <summary>What an analyst asks for, with entities by name or alias (as typed); <see cref="CurationService"/> resolves them to keys.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Entity">The entity (a merge's absorber, an edge's source), by name, alias or key.</param>
/// <param name="Other">A merge's absorbed entity or an edge's target, by name, alias or key.</param>
/// <param name="Type">An edge's relationship type.</param>
/// <param name="Value">A new name, type or alias.</param>
/// <param name="Analyst">Who decides.</param>
/// <param name="Note">Why.</param>
public sealed record CurationRequest(
    CurationKind Kind, string Entity, string? Other, RelationshipType? Type, string? Value, string Analyst, string? Note);
