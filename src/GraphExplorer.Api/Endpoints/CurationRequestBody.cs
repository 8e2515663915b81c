namespace GraphExplorer.Api.Endpoints;

/// <summary>The body of <c>POST /api/curation</c>: entities by name, alias or key.</summary>
/// <param name="Kind">merge, rename, retype, add-alias, remove-alias, reject-edge, confirm-edge or add-edge.</param>
/// <param name="Entity">The entity (a merge's absorber, an edge's source).</param>
/// <param name="Other">A merge's absorbed entity, or an edge's target.</param>
/// <param name="Type">An edge's relationship type (INVESTS_IN …).</param>
/// <param name="Value">A new name, type or alias.</param>
/// <param name="Analyst">Who decides.</param>
/// <param name="Note">Why (required to reject or add an edge).</param>
public sealed record CurationRequestBody(
    string? Kind, string? Entity, string? Other, string? Type, string? Value, string? Analyst, string? Note);
