using System.Text;
using GraphExplorer.Api.Answers;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Tests.Answers;

public sealed class AnswerCacheTests
{
    private static AnswerCache Create(int entries, long bytes) =>
        new(Options.Create(new AnswerCacheOptions { MaxEntries = entries, MaxBytes = bytes }));

    private static AnswerKey Key(long version, string entity) => new(version, "dependents-of", entity, null, null, null, null, null);

    private static byte[] Body(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Add_MoreThanMaxEntries_DropsTheLeastRecentlyUsed()
    {
        var sut = Create(2, 1 << 20);
        sut.Add(Key(1, "a"), Body("{\"a\":1}"));
        sut.Add(Key(1, "b"), Body("{\"b\":1}"));
        Assert.True(sut.TryGet(Key(1, "a"), out _)); // a is now the most recent
        sut.Add(Key(1, "c"), Body("{\"c\":1}"));

        Assert.Equal(2, sut.Count);
        Assert.True(sut.TryGet(Key(1, "a"), out var a));
        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString(a.Body));
        Assert.False(sut.TryGet(Key(1, "b"), out _));
        Assert.True(sut.TryGet(Key(1, "c"), out _));
    }

    [Fact]
    public void Add_MoreThanMaxBytes_StaysWithinTheBytesAndSkipsAnswersOverAQuarter()
    {
        var sut = Create(1000, 400);
        for (var i = 0; i < 20; i++)
        {
            sut.Add(Key(1, "e" + i), new byte[90]);
            Assert.True(sut.Bytes <= 400, $"{sut.Bytes} bytes kept after {i + 1} answers");
        }

        Assert.Equal(4, sut.Count);
        var big = sut.Add(Key(1, "big"), new byte[101]);
        Assert.False(sut.TryGet(Key(1, "big"), out _));
        Assert.StartsWith("\"", big.ETag, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_NewerVersion_DropsEveryOlderAnswerAndRefusesOlderOnes()
    {
        var sut = Create(10, 1 << 20);
        sut.Add(Key(1, "a"), Body("1"));
        sut.Add(Key(2, "b"), Body("2"));
        sut.Add(Key(1, "c"), Body("3"));

        Assert.False(sut.TryGet(Key(1, "a"), out _));
        Assert.False(sut.TryGet(Key(1, "c"), out _));
        Assert.True(sut.TryGet(Key(2, "b"), out _));
        Assert.Equal(1, sut.Count);
    }

    [Fact]
    public void Add_DifferentBodies_GetDifferentETags_SameBodiesTheSame()
    {
        var sut = Create(0, 0);

        Assert.False(sut.Enabled);
        Assert.Equal(sut.Add(Key(1, "a"), Body("x")).ETag, sut.Add(Key(2, "b"), Body("x")).ETag);
        Assert.NotEqual(sut.Add(Key(1, "a"), Body("x")).ETag, sut.Add(Key(1, "a"), Body("y")).ETag);
        Assert.Equal(0, sut.Count);
    }
}
