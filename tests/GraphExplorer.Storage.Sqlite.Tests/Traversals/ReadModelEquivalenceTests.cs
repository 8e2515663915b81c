using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Serialization;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Sqlite.Traversals;
using GraphExplorer.Testing;

namespace GraphExplorer.Storage.Sqlite.Tests.Traversals;

/// <summary>
/// The read-model engine against the SQL walk (<see cref="GraphTraversalService"/> over the same store), byte for byte,
/// on seeded random graphs dense enough that many shortest paths tie: same rows, paths, order and evidence.
/// </summary>
public sealed class ReadModelEquivalenceTests : IAsyncDisposable
{
    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Theory]
    [InlineData(1, 14, 40)]
    [InlineData(2, 25, 60)]
    [InlineData(3, 40, 140)]
    public async Task EveryTraversal_RandomGraph_AnswersAsTheSqlWalk(int seed, int entities, int edges)
    {
        foreach (var document in RandomGraph(seed, entities, edges))
        {
            await _temp.Store.WriteDocumentAsync(document, Ct);
        }

        var catalogue = new TraversalCatalogue();
        var expected = new GraphTraversalService(_temp.Store, catalogue);
        var sut = new SqliteTraversalService(_temp.Store, catalogue);
        var names = new List<string>();
        await foreach (var entity in _temp.Store.ReadAllEntitiesAsync(Ct))
        {
            names.Add(entity.Name);
        }

        var requests = catalogue.All
            .Where(t => !t.TakesTarget && t.TakesEntity)
            .SelectMany(t => names.Select(n => new TraversalRequest(t.Name, n, Depth: t.MaxDepth, Limit: 7)))
            .Concat(names.SelectMany(a => names.Where((_, i) => i % 3 == seed % 3).Select(b => new TraversalRequest("path-between", a, b, Depth: 6))))
            .Concat(names.Take(8).SelectMany(a => names.Select(b => new TraversalRequest("path-between", a, b, Depth: 3, Limit: 2, Evidence: 1))))
            .Concat(names.Take(8).SelectMany(a => names.Select(b => new TraversalRequest("evidence", a, b, Limit: 1, Offset: 1))))
            .Concat([new TraversalRequest("most-depended-on"), new TraversalRequest("most-depended-on", Depth: 2, Limit: 3)]);

        var compared = 0;
        foreach (var request in requests)
        {
            var want = GraphJson.Serialize(await expected.ExecuteAsync(request, Ct));
            var got = GraphJson.Serialize(await sut.ExecuteAsync(request, Ct));
            Assert.True(want == got, $"{request}:\nSQL walk:   {want}\nread model: {got}");
            compared++;
        }

        Assert.True(compared > entities * 10);
    }

    private static string Name(int index) => $"Entity {index:D2}";

    /// <summary>Several documents; some edges stated in more than one, some entities named in mixed case.</summary>
    private static IEnumerable<DocumentGraph> RandomGraph(int seed, int entities, int edges)
    {
        var random = new Random(seed);
        var types = RelationshipTypes.All;
        var builders = Enumerable.Range(0, 4).Select(i => new DocumentGraphBuilder($"doc-{i}.md", $"hash-{i}")).ToArray();
        for (var i = 0; i < edges; i++)
        {
            var source = random.Next(entities);
            var target = random.Next(entities);
            if (source == target)
            {
                continue;
            }

            var type = types[random.Next(types.Count)];
            var mentions = 1 + random.Next(3);
            for (var m = 0; m < mentions; m++)
            {
                builders[random.Next(builders.Length)].Edge(Name(source), type, Name(target));
            }
        }

        return builders.Select(b => b.Build());
    }
}
