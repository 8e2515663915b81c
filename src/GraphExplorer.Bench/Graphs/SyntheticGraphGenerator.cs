using System.Globalization;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Bench.Graphs;

/// <summary>
/// Generates a deterministic graph with a power-law degree distribution (preferential attachment: an edge's
/// target is drawn from earlier endpoints, so a few entities become hubs, as NVIDIA or OpenAI are), cut into
/// synthetic documents of <see cref="SyntheticGraphOptions.EdgesPerDocument"/> edges.
/// </summary>
/// <param name="options">The graph's size and seed.</param>
public sealed class SyntheticGraphGenerator(SyntheticGraphOptions options)
{
    private static readonly RelationshipType[] TypeMix =
    [
        RelationshipType.Develops, RelationshipType.Develops, RelationshipType.Develops,
        RelationshipType.BuiltOn, RelationshipType.BuiltOn, RelationshipType.BuiltOn,
        RelationshipType.SuppliesComputeTo, RelationshipType.InvestsIn, RelationshipType.CompetesWith,
    ];

    /// <summary>The name of the synthetic entity with index <paramref name="index"/>.</summary>
    /// <param name="index">The entity's index, from 0.</param>
    /// <returns>The name, e.g. <c>Entity 000042</c>.</returns>
    public static string EntityName(int index) => "Entity " + index.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Generates the documents, lazily.</summary>
    /// <returns>The synthetic documents; together they hold exactly <see cref="SyntheticGraphOptions.Edges"/> distinct edges.</returns>
    public IEnumerable<DocumentGraph> Generate()
    {
        var random = new Random(options.Seed);
        var seen = new HashSet<(int, RelationshipType, int)>();
        var endpoints = new List<int>(options.Edges * 2);
        var batch = new List<(int Source, RelationshipType Type, int Target)>(options.EdgesPerDocument);
        var document = 0;
        var attempts = 0L;
        while (seen.Count < options.Edges)
        {
            if (++attempts > options.Edges * 20L)
            {
                throw new InvalidOperationException($"Cannot place {options.Edges} distinct edges among {options.Entities} entities.");
            }

            // Sources uniformly; targets half the time by preferential attachment, which makes the degree power-law.
            var source = random.Next(options.Entities);
            var target = endpoints.Count > 0 && random.Next(2) == 0 ? endpoints[random.Next(endpoints.Count)] : random.Next(options.Entities);
            var type = TypeMix[random.Next(TypeMix.Length)];
            if (source == target)
            {
                continue;
            }

            if (type.IsSymmetric() && source > target)
            {
                (source, target) = (target, source);
            }

            if (!seen.Add((source, type, target)))
            {
                continue;
            }

            endpoints.Add(target);
            batch.Add((source, type, target));
            if (batch.Count == options.EdgesPerDocument)
            {
                yield return ToDocument(document++, batch);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            yield return ToDocument(document, batch);
        }
    }

    private static DocumentGraph ToDocument(int index, List<(int Source, RelationshipType Type, int Target)> edges)
    {
        var name = $"synthetic/part-{index:D5}.md";
        var entities = edges.SelectMany(e => new[] { e.Source, e.Target }).Distinct()
            .Select(i => new Entity(EntityKey.FromName(EntityName(i)), EntityName(i), (EntityType)(i % 3), [EntityName(i)]))
            .ToArray();
        var relationships = edges.Select((e, line) => Relationship.Create(
                EntityKey.FromName(EntityName(e.Source)),
                e.Type,
                EntityKey.FromName(EntityName(e.Target)),
                [new Evidence(name, line + 1, $"{EntityName(e.Source)} {e.Type.ToWireName()} {EntityName(e.Target)}", EvidenceBasis.Structure)]))
            .ToArray();
        return new DocumentGraph(name, "synthetic-" + index.ToString(CultureInfo.InvariantCulture), entities, relationships);
    }
}
