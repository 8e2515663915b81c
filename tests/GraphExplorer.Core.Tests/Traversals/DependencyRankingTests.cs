using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Core.Tests.Traversals;

public sealed class DependencyRankingTests
{
    private static readonly RelationshipType[] Types = RelationshipTypes.All.ToArray();

    public static TheoryData<int, int, int, int> Graphs => new()
    {
        // seed, entities, edges, limit: sparse and dense graphs, hubs, limits below and above the number of bases.
        { 1, 30, 60, 5 },
        { 2, 200, 800, 10 },
        { 3, 500, 5000, 50 },
        { 4, 1000, 4000, 1000 },
        { 5, 2000, 20000, 100 },
        { 6, 300, 3000, 1 },
        { 7, 50, 40, 100 },
    };

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Rank_ByKeyAndByNumber_GiveTheFullSearchsRanking(int seed, int entities, int edgeCount, int limit)
    {
        var edges = RandomGraph(seed, entities, edgeCount);
        foreach (var depth in new[] { 1, 2, 4 })
        {
            var reference = new ReferenceDependencyRanking(TraversalCatalogue.DependentSteps);
            var byKey = new DependencyRanking(TraversalCatalogue.DependentSteps);
            foreach (var edge in edges)
            {
                reference.Add(edge);
                byKey.Add(edge);
            }

            var keys = edges.SelectMany(e => new[] { e.Source, e.Target }).Distinct().OrderBy(k => k.Value, StringComparer.Ordinal).ToArray();
            var numbers = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);
            var byNumber = new DependencyRanking(TraversalCatalogue.DependentSteps, keys);
            foreach (var edge in edges)
            {
                byNumber.Add(numbers[edge.Source], edge.Type, numbers[edge.Target]);
            }

            var expected = Describe(reference.Rank(depth, limit, 10, TestContext.Current.CancellationToken));
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Describe(byKey.Rank(depth, limit, 10, TestContext.Current.CancellationToken)));
            Assert.Equal(expected, Describe(byNumber.Rank(depth, limit, 10, TestContext.Current.CancellationToken)));
        }
    }

    [Fact]
    public void Rank_TiedCounts_GoToTheSmallerKeyEvenWhenTheLimitCutsThroughTheTie()
    {
        // Four bases with one dependent each, added in reverse key order; a limit of two keeps the two smallest keys.
        var ranking = new DependencyRanking(TraversalCatalogue.DependentSteps);
        foreach (var name in new[] { "d", "c", "b", "a" })
        {
            ranking.Add(new GraphEdge(new EntityKey("app-" + name), RelationshipType.BuiltOn, new EntityKey(name)));
        }

        var ranked = ranking.Rank(4, 2, 10, TestContext.Current.CancellationToken);

        Assert.Equal(["a:1", "b:1"], ranked.Select(r => $"{r.Key}:{r.Count}"));
    }

    private static List<GraphEdge> RandomGraph(int seed, int entities, int edgeCount)
    {
        // Preferential attachment for half the targets, as the bench's graph, so hubs and long tails both occur.
        var random = new Random(seed);
        var seen = new HashSet<(int, RelationshipType, int)>();
        var endpoints = new List<int>();
        var edges = new List<GraphEdge>();
        for (var attempt = 0; attempt < edgeCount * 20 && edges.Count < edgeCount; attempt++)
        {
            var source = random.Next(entities);
            var target = endpoints.Count > 0 && random.Next(2) == 0 ? endpoints[random.Next(endpoints.Count)] : random.Next(entities);
            var type = Types[random.Next(Types.Length)];
            if (source != target && seen.Add((source, type, target)))
            {
                endpoints.Add(target);
                edges.Add(new GraphEdge(Key(source), type, Key(target)));
            }
        }

        return edges;
    }

    private static EntityKey Key(int i) => new($"e-{i * 7919 % 100_003:D6}");

    private static string[] Describe(IReadOnlyList<(EntityKey Key, int Count, IReadOnlyList<GraphEdge> Edges)> ranked) =>
        ranked.Select(r => $"{r.Key}:{r.Count}:{string.Join(",", r.Edges.Select(e => $"{e.Source}-{e.Type}-{e.Target}"))}").ToArray();
}
