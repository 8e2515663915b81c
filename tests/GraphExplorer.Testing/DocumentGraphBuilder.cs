using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Testing;

/// <summary>Builds a <see cref="DocumentGraph"/> for tests: entities by name, edges whose endpoints are added as companies when not declared.</summary>
/// <param name="document">The document's path.</param>
/// <param name="contentHash">Its content hash.</param>
public sealed class DocumentGraphBuilder(string document, string contentHash = "hash-1")
{
    private readonly List<Entity> _entities = [];
    private readonly List<Relationship> _relationships = [];
    private int _nextLine = 1;

    /// <summary>Declares an entity.</summary>
    /// <param name="name">Its canonical name (the key derives from it).</param>
    /// <param name="type">Its type.</param>
    /// <param name="aliases">Its other names in this document.</param>
    /// <returns>This builder.</returns>
    public DocumentGraphBuilder Entity(string name, EntityType type = EntityType.Company, params string[] aliases) =>
        Entity(new Entity(EntityKey.FromName(name), name, type, [name, .. aliases]));

    /// <summary>Declares an entity as given.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>This builder.</returns>
    public DocumentGraphBuilder Entity(Entity entity)
    {
        _entities.Add(entity);
        return this;
    }

    /// <summary>Adds an edge with one piece of evidence; undeclared endpoints become companies.</summary>
    /// <param name="source">The source's name.</param>
    /// <param name="type">The relationship type.</param>
    /// <param name="target">The target's name.</param>
    /// <param name="line">The evidence line; the next unused line when omitted.</param>
    /// <param name="quote">The quote; <c>"{source} {TYPE} {target}"</c> when omitted.</param>
    /// <returns>This builder.</returns>
    public DocumentGraphBuilder Edge(string source, RelationshipType type, string target, int? line = null, string? quote = null)
    {
        foreach (var name in new[] { source, target })
        {
            if (!_entities.Any(e => e.Key == EntityKey.FromName(name)))
            {
                Entity(name);
            }
        }

        var evidence = new Evidence(document, line ?? _nextLine++, quote ?? $"{source} {type.ToWireName()} {target}");
        _relationships.Add(Relationship.Create(EntityKey.FromName(source), type, EntityKey.FromName(target), [evidence]));
        return this;
    }

    /// <summary>Builds the graph.</summary>
    /// <returns>The document graph.</returns>
    public DocumentGraph Build() => new(document, contentHash, _entities.ToArray(), _relationships.ToArray());
}
