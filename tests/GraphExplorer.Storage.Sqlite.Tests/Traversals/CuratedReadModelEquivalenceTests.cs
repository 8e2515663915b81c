using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Serialization;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Sqlite.Traversals;
using GraphExplorer.Testing;

namespace GraphExplorer.Storage.Sqlite.Tests.Traversals;

/// <summary>
/// The read-model engine while decisions are stored against <see cref="GraphTraversalService"/> over the same
/// <see cref="CuratedGraphStore"/>, byte for byte: each decision kind alone, and seeded random mixes of them, on seeded
/// random graphs; then undoing every decision gives back the extracted answers.
/// </summary>
public sealed class CuratedReadModelEquivalenceTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TempStore _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        foreach (var kind in new[] { "merge", "rename", "retype", "add-alias", "remove-alias", "split", "reject-edge", "confirm-edge", "add-edge", "dismiss-duplicate" })
        {
            data.Add(1, kind);
        }

        foreach (var seed in new[] { 2, 3, 4, 5, 6 })
        {
            data.Add(seed, "mix");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryTraversal_WithDecisions_AnswersAsTheGenericEngineOverTheCuratedStore(int seed, string kinds)
    {
        // Given
        foreach (var document in RandomGraph(seed, 24, 70))
        {
            await _temp.Store.WriteDocumentAsync(document, Ct);
        }

        var catalogue = new TraversalCatalogue();
        var sut = new SqliteTraversalService(_temp.Store, catalogue);
        var before = await AnswersAsync(sut, await RequestsAsync(), Ct);
        var builds = _temp.Store.ReadModelBuilds;

        // When
        var decisions = await DecideAsync(new Random(seed * 7919), kinds);

        // Then
        var curated = new CuratedGraphStore(_temp.Store, _temp.Store);
        var expected = new GraphTraversalService(curated, catalogue);
        var requests = await RequestsAsync(curated);
        var compared = 0;
        foreach (var request in requests)
        {
            var want = await SerializeAsync(expected, request);
            var got = await SerializeAsync(sut, request);
            Assert.True(want == got, $"{kinds} (seed {seed}) {request}:\ngeneric: {want}\nfast:    {got}");
            compared++;
        }

        Assert.True(_temp.Store.ReadModelBuilds > builds, "the decisions were answered without a rebuilt read model");
        Assert.True(compared > 200, $"only {compared} requests compared");

        foreach (var decision in decisions)
        {
            Assert.True(await _temp.Store.RemoveCurationAsync(decision.Id, Ct));
        }

        var after = await AnswersAsync(sut, before.Keys, Ct);
        Assert.Equal(before, after);
    }

    /// <summary>Serializes the answer, or the error's type and message (an entity merged away is not found by either engine).</summary>
    private static async Task<string> SerializeAsync(ITraversalService engine, TraversalRequest request)
    {
        try
        {
            return GraphJson.Serialize(await engine.ExecuteAsync(request, Ct));
        }
        catch (TraversalException ex)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }

    private static async Task<Dictionary<TraversalRequest, string>> AnswersAsync(
        ITraversalService engine, IEnumerable<TraversalRequest> requests, CancellationToken cancellationToken)
    {
        var answers = new Dictionary<TraversalRequest, string>();
        foreach (var request in requests)
        {
            cancellationToken.ThrowIfCancellationRequested();
            answers[request] = await SerializeAsync(engine, request);
        }

        return answers;
    }

    /// <summary>Every traversal from every entity (by name, as stored now), paths and evidence between pairs, the rankings.</summary>
    private async Task<IReadOnlyList<TraversalRequest>> RequestsAsync(Core.Storage.IGraphStore? store = null)
    {
        var names = new List<string>();
        await foreach (var entity in (store ?? _temp.Store).ReadAllEntitiesAsync(Ct))
        {
            names.Add(entity.Name);
        }

        // Names the decisions took away (merged, removed) are asked too: both engines must refuse them alike.
        names.AddRange(Enumerable.Range(0, 24).Select(Name).Except(names).Take(3));
        var catalogue = new TraversalCatalogue();
        return
        [
            .. catalogue.All.Where(t => !t.TakesTarget && t.TakesEntity)
                .SelectMany(t => names.Select(n => new TraversalRequest(t.Name, n, Depth: t.MaxDepth, Limit: 7))),
            .. names.SelectMany(a => names.Where((_, i) => i % 3 == 0).Select(b => new TraversalRequest("path-between", a, b, Depth: 6))),
            .. names.Take(6).SelectMany(a => names.Select(b => new TraversalRequest("evidence", a, b, Limit: 2, Offset: 0))),
            new TraversalRequest("most-depended-on"),
            new TraversalRequest("most-depended-on", Depth: 2, Limit: 3),
        ];
    }

    /// <summary>Stores decisions of the given kind (or a random mix of every kind) on what the store holds.</summary>
    private async Task<List<CurationDecision>> DecideAsync(Random random, string kinds)
    {
        var edges = new List<GraphEdge>();
        await foreach (var edge in _temp.Store.ReadAllEdgesAsync(RelationshipTypes.All, Ct))
        {
            edges.Add(edge);
        }

        var all = new[] { "merge", "rename", "retype", "add-alias", "remove-alias", "split", "reject-edge", "confirm-edge", "add-edge", "dismiss-duplicate" };
        var plan = kinds == "mix" ? Enumerable.Range(0, 12).Select(_ => all[random.Next(all.Length)]).ToArray() : [kinds, kinds, kinds];
        var decisions = new List<CurationDecision>();
        async Task AddAsync(CurationKind kind, EntityKey entity, EntityKey? other = null, RelationshipType? type = null, string? value = null)
        {
            var decision = CurationDecision.Create(kind, entity, other, type, value, "ana", $"note {decisions.Count}", Start.AddMinutes(decisions.Count));
            Assert.True(await _temp.Store.AddCurationAsync(decision, Ct));
            decisions.Add(decision);
        }

        EntityKey Key(int index) => EntityKey.FromName(Name(index));
        int Pick() => random.Next(24);
        foreach (var kind in plan)
        {
            var (a, b) = (Pick(), Pick());
            b = a == b ? (b + 1) % 24 : b;
            var edge = edges[random.Next(edges.Count)];
            switch (kind)
            {
                case "merge":
                    await AddAsync(CurationKind.Merge, Key(a), Key(b));
                    break;
                case "rename":
                    await AddAsync(CurationKind.Rename, Key(a), value: $"Renamed {a:D2}");
                    break;
                case "retype":
                    await AddAsync(CurationKind.Retype, Key(a), value: nameof(EntityType.Product));
                    break;
                case "add-alias":
                    await AddAsync(CurationKind.AddAlias, Key(a), value: $"Alias {a:D2}");
                    break;
                case "remove-alias":
                    await AddAsync(CurationKind.AddAlias, Key(a), value: $"Gone {a:D2}");
                    await AddAsync(CurationKind.RemoveAlias, Key(a), value: $"Gone {a:D2}");
                    break;
                case "split":
                    // The alias named in some of the entity's quotes, so part of its evidence moves with it.
                    await AddAsync(CurationKind.AddAlias, edge.Source, value: SplitAlias(edge.Source));
                    await AddAsync(CurationKind.Split, edge.Source, EntityKey.FromName(SplitAlias(edge.Source)), value: SplitAlias(edge.Source));
                    break;
                case "reject-edge":
                    await AddAsync(CurationKind.RejectEdge, edge.Source, edge.Target, edge.Type);
                    break;
                case "confirm-edge":
                    await AddAsync(CurationKind.ConfirmEdge, edge.Source, edge.Target, edge.Type);
                    break;
                case "add-edge":
                    await AddAsync(CurationKind.AddEdge, Key(a), Key(b), RelationshipTypes.All[random.Next(RelationshipTypes.All.Count)]);
                    break;
                default:
                    await AddAsync(CurationKind.DismissDuplicate, Key(a), Key(b));
                    break;
            }
        }

        return decisions;
    }

    private static string Name(int index) => $"Entity {index:D2}";

    private static string SplitAlias(EntityKey key) => $"Unit {key.Value[^2..]}";

    /// <summary>Several documents; some edges stated in more than one, some quotes naming the source by its unit alias.</summary>
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
                var quote = random.Next(3) == 0 ? $"Unit {source:D2} {type.ToWireName()} {Name(target)}" : null;
                builders[random.Next(builders.Length)].Edge(Name(source), type, Name(target), quote: quote);
            }
        }

        return builders.Select(b => b.Build());
    }
}
