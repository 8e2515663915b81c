using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Api.Endpoints;

/// <summary>An entity as a search lists it.</summary>
/// <param name="Key">Its key, for <c>/api/entities/{key}</c>.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Company, Model or Product.</param>
/// <param name="Aliases">Every alias seen.</param>
/// <param name="Layer">Its market layer (基础层, 中间层, 应用层), if a document gives one.</param>
/// <param name="Category">Its category within the layer, if a document gives one.</param>
public sealed record EntityMatch(string Key, string Name, EntityType Type, IReadOnlyList<string> Aliases, string? Layer, string? Category)
{
    internal static EntityMatch From(Entity entity) =>
        new(entity.Key.Value, entity.Name, entity.Type, entity.Aliases, entity.Layer, entity.Category);
}

/// <summary>The answer of <c>GET /api/entities?search=</c>.</summary>
/// <param name="Search">What was searched for.</param>
/// <param name="Entities">Matches, best first: exact, prefix, substring, then closest spelling.</param>
public sealed record EntitySearchResult(string Search, IReadOnlyList<EntityMatch> Entities);

/// <summary>An entity with everything directly connected to it.</summary>
/// <param name="Key">Its key.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Company, Model or Product.</param>
/// <param name="Aliases">Every alias seen.</param>
/// <param name="Layer">Its market layer, if any.</param>
/// <param name="Category">Its category, if any.</param>
/// <param name="Relationships">Its edges, each with the entity at the other end and the evidence.</param>
/// <param name="Truncated">Whether more edges exist than are listed.</param>
public sealed record EntityDetails(
    string Key,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    string? Layer,
    string? Category,
    IReadOnlyList<EntityRelation> Relationships,
    bool Truncated);

/// <summary>One edge of an entity, seen from the entity.</summary>
/// <param name="Type">The relationship's wire name, e.g. <c>BUILT_ON</c>.</param>
/// <param name="Direction"><c>outgoing</c> when the entity is the source, <c>incoming</c> when it is the target.</param>
/// <param name="Other">The entity at the other end.</param>
/// <param name="Evidence">The edge's first mentions (doc, line, quote), as a traversal's path step carries them; page with the evidence traversal.</param>
/// <param name="EvidenceCount">How many mentions the edge has in all.</param>
public sealed record EntityRelation(string Type, string Direction, EntityRef Other, IReadOnlyList<Evidence> Evidence, int EvidenceCount);

/// <summary>An entity named by key, name and type.</summary>
/// <param name="Key">Its key.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Company, Model or Product.</param>
public sealed record EntityRef(string Key, string Name, EntityType Type);
