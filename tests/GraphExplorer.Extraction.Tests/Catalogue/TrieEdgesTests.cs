using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Extraction.Tests.Catalogue;

public sealed class TrieEdgesTests
{
    [Fact]
    public void TryGetChild_Empty_NotFound()
    {
        var sut = new TrieEdges();

        Assert.False(sut.TryGetChild(1, 'a', out var child));
        Assert.Equal(0, child);
    }

    [Fact]
    public void Set_ManyLinks_EachFoundAfterGrowth()
    {
        var sut = new TrieEdges();
        var expected = new Dictionary<(int, char), int>();
        var random = new Random(7);
        for (var i = 0; i < 5_000; i++)
        {
            var node = random.Next(1, 2_000);
            var c = (char)random.Next(0, char.MaxValue + 1);
            sut.Set(node, c, i + 1);
            expected[(node, c)] = i + 1;
        }

        Assert.Equal(expected.Count, sut.Count);
        foreach (var ((node, c), child) in expected)
        {
            Assert.True(sut.TryGetChild(node, c, out var found));
            Assert.Equal(child, found);
        }

        Assert.False(sut.TryGetChild(2_001, 'x', out _));
    }

    [Fact]
    public void Set_SameLinkTwice_ReplacesWithoutCounting()
    {
        var sut = new TrieEdges();

        sut.Set(3, '英', 10);
        sut.Set(3, '英', 11);

        Assert.Equal(1, sut.Count);
        Assert.True(sut.TryGetChild(3, '英', out var child));
        Assert.Equal(11, child);
        Assert.False(sut.TryGetChild(3, '伟', out _));
        Assert.False(sut.TryGetChild(4, '英', out _));
    }

    [Fact]
    public void Set_NodeZero_Throws()
    {
        var sut = new TrieEdges();

        Assert.Throws<ArgumentOutOfRangeException>(() => sut.Set(0, 'a', 1));
    }
}
