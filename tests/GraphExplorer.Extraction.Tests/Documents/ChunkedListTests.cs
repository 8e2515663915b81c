using GraphExplorer.Extraction.Documents;

namespace GraphExplorer.Extraction.Tests.Documents;

public sealed class ChunkedListTests
{
    [Fact]
    public void Count_Empty_Zero()
    {
        var sut = new ChunkedList<int>();

        Assert.Empty(sut);
        Assert.Throws<ArgumentOutOfRangeException>(() => sut[0]);
    }

    [Fact]
    public void Indexer_ItemsAcrossSeveralChunks_EachInOrder()
    {
        var sut = new ChunkedList<string>();
        var count = (ChunkedList<string>.ChunkSize * 3) + 5;

        for (var i = 0; i < count; i++)
        {
            sut.Add($"line {i}");
        }

        Assert.Equal(count, sut.Count);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal($"line {i}", sut[i]);
        }
    }

    [Fact]
    public void Indexer_SetInALaterChunk_ChangesOnlyThatItem()
    {
        var sut = new ChunkedList<int?>();
        for (var i = 0; i < ChunkedList<int?>.ChunkSize + 10; i++)
        {
            sut.Add(null);
        }

        sut[ChunkedList<int?>.ChunkSize + 3] = 42;
        sut[2] = 7;

        Assert.Equal(42, sut[ChunkedList<int?>.ChunkSize + 3]);
        Assert.Equal(7, sut[2]);
        Assert.Equal(2, Enumerable.Range(0, sut.Count).Count(i => sut[i] is not null));
        Assert.Throws<ArgumentOutOfRangeException>(() => sut[sut.Count] = 1);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(ChunkedList<int>.ChunkSize)]
    public void Indexer_OutsideTheItems_Throws(int index)
    {
        var sut = new ChunkedList<int>();
        for (var i = 0; i < ChunkedList<int>.ChunkSize; i++)
        {
            sut.Add(i);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => sut[index]);
    }

    [Fact]
    public void GetEnumerator_AcrossChunks_InOrder()
    {
        var sut = new ChunkedList<int>();
        var count = ChunkedList<int>.ChunkSize + 7;
        for (var i = 0; i < count; i++)
        {
            sut.Add(i);
        }

        Assert.Equal(Enumerable.Range(0, count), sut);
    }
}
