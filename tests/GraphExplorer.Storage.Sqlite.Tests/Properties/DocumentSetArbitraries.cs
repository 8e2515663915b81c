using FsCheck;
using FsCheck.Fluent;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Storage.Sqlite.Tests.Properties;

/// <summary>
/// Generates <see cref="DocumentSet"/>s: up to four documents, each with a few edges among six entities, with
/// repeated evidence lines, aliases, layers and categories, so documents share entities, edges and evidence.
/// An entity has the same name and type in every document: when documents disagree, the store keeps the name and
/// type first written, so order matters then (generating the type per document shows it at once).
/// </summary>
public static class DocumentSetArbitraries
{
    private static readonly (string Name, EntityType Type)[] Entities =
    [
        ("NVIDIA", EntityType.Company), ("OpenAI", EntityType.Company), ("GPT-4", EntityType.Model),
        ("ChatGPT", EntityType.Product), ("Microsoft Azure", EntityType.Product), ("Anthropic", EntityType.Company),
    ];

    private static readonly string?[] Layers = [null, null, "基础层", "应用层"];

    private static readonly string[] Aliases = ["英伟达", "Azure", "开放人工智能", "GPT4", "Claude maker"];

    /// <summary>The arbitrary for <c>[Property(Arbitrary = ...)]</c>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DocumentSet> DocumentSet() => Generator.ToArbitrary();

    /// <summary>The generator.</summary>
    public static Gen<DocumentSet> Generator { get; } =
        from count in Gen.Choose(1, 4)
        from documents in Gen.CollectToArray(Enumerable.Range(0, count).Select(Document))
        select new DocumentSet(documents);

    private static Gen<DocumentGraph> Document(int index) =>
        from edges in Gen.ListOf(Edge(index)).Resize(6)
        from hash in Gen.Choose(0, 3)
        from entities in Gen.CollectToArray(
            edges.SelectMany(e => new[] { e.Source, e.Target }).Distinct().Select(Entity))
        select new DocumentGraph($"docs/d{index}.md", $"hash-{index}-{hash}", entities, edges);

    private static Gen<Relationship> Edge(int index) =>
        from source in Gen.Choose(0, Entities.Length - 1)
        from offset in Gen.Choose(1, Entities.Length - 1)
        from type in Gen.Elements(Enum.GetValues<RelationshipType>())
        from line in Gen.Choose(1, 6)
        from basis in Gen.Elements(EvidenceBasis.Prose, EvidenceBasis.Structure)
        let target = (source + offset) % Entities.Length
        select Relationship.Create(
            Key(source),
            type,
            Key(target),
            [new Evidence($"docs/d{index}.md", line, $"Line {line}: {Entities[source].Name} and {Entities[target].Name}.", basis)]);

    private static Gen<Entity> Entity(EntityKey key) =>
        from layer in Gen.Elements(Layers)
        from category in Gen.Elements(Layers)
        from aliases in Gen.SubListOf(Aliases)
        let known = Array.Find(Entities, e => EntityKey.FromName(e.Name) == key)
        select new Entity(key, known.Name, known.Type, [known.Name, .. aliases], layer, category);

    private static EntityKey Key(int index) => EntityKey.FromName(Entities[index].Name);
}
