using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Tests.Storage;

/// <summary>Builds a small document graph for a test: <c>new TestGraph().Edge("A", BuiltOn, "B")</c>.</summary>
internal sealed class TestGraph(string document = "test.md")
{
    private readonly Dictionary<EntityKey, Entity> _entities = [];
    private readonly List<Relationship> _relationships = [];

    public TestGraph Entity(string name, EntityType type = EntityType.Company, params string[] aliases)
    {
        var key = EntityKey.FromName(name);
        _entities[key] = new Entity(key, name, type, [name, .. aliases]);
        return this;
    }

    public TestGraph Edge(string source, RelationshipType type, string target, string? quote = null)
    {
        foreach (var name in new[] { source, target }.Where(n => !_entities.ContainsKey(EntityKey.FromName(n))))
        {
            Entity(name);
        }

        var line = _relationships.Count + 1;
        _relationships.Add(Relationship.Create(
            EntityKey.FromName(source), type, EntityKey.FromName(target), [new Evidence(document, line, quote ?? $"{source} {type} {target}")]));
        return this;
    }

    public DocumentGraph Build() => new(document, "hash-" + document, _entities.Values.ToArray(), _relationships.ToArray());
}
