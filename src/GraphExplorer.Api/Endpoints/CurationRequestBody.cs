namespace GraphExplorer.Api.Endpoints;

/// <summary>The body of <c>POST /api/curation</c>: entities by name, alias or key.</summary>
/// <param name="Kind">merge, split, rename, retype, add-alias, remove-alias, reject-edge, confirm-edge, add-edge or dismiss-duplicate.</param>
/// <param name="Entity">The entity (a merge's absorber, an edge's source).</param>
/// <param name="Other">A merge's absorbed entity, an edge's target, or the entity a dismissed duplicate is not.</param>
/// <param name="Type">An edge's relationship type (INVESTS_IN …).</param>
/// <param name="Value">A new name, type or alias; for a split the alias split off.</param>
/// <param name="Analyst">Who decides.</param>
/// <param name="Note">Why (required to reject or add an edge).</param>
/// <param name="NewType">For a split, the new entity's type (Company, Model, Product); default the entity's.</param>
public sealed record CurationRequestBody(
    string? Kind, string? Entity, string? Other, string? Type, string? Value, string? Analyst, string? Note, string? NewType = null);
