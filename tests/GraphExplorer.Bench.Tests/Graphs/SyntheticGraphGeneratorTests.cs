using GraphExplorer.Bench.Graphs;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Bench.Tests.Graphs;

public sealed class SyntheticGraphGeneratorTests
{
    private static readonly SyntheticGraphOptions Shape = new() { Edges = 20_000, Entities = 2_000, EdgesPerDocument = 3_000, Seed = 5 };

    [Fact]
    public void Generate_RequestedEdges_ExactlyThatManyDistinctEdges()
    {
        var edges = Edges(new SyntheticGraphGenerator(Shape));

        Assert.Equal(Shape.Edges, edges.Length);
        Assert.Equal(Shape.Edges, edges.Distinct().Count());
    }

    [Fact]
    public void Generate_SameSeedTwice_SameEdgesInTheSameOrder()
    {
        var first = Edges(new SyntheticGraphGenerator(Shape));

        var second = Edges(new SyntheticGraphGenerator(Shape));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_PreferentialAttachment_MaxInDegreeFarAboveMedian()
    {
        var degrees = Edges(new SyntheticGraphGenerator(Shape))
            .CountBy(e => e.Target)
            .Select(p => p.Value)
            .Order()
            .ToArray();

        var median = degrees[degrees.Length / 2];
        Assert.True(degrees[^1] >= 10 * median, $"Max in-degree {degrees[^1]}, median {median}.");
    }

    [Fact]
    public void Generate_Documents_EveryEdgeEndpointIsAnEntityOfItsDocument()
    {
        foreach (var document in new SyntheticGraphGenerator(Shape with { Edges = 5_000 }).Generate())
        {
            var keys = document.Entities.Select(e => e.Key).ToHashSet();
            Assert.All(document.Relationships, r => Assert.True(keys.Contains(r.Source) && keys.Contains(r.Target)));
        }
    }

    private static GraphEdge[] Edges(SyntheticGraphGenerator generator) =>
        generator.Generate().SelectMany(d => d.Relationships).Select(r => new GraphEdge(r.Source, r.Type, r.Target)).ToArray();
}
