using GraphExplorer.Bench.Measurement;

namespace GraphExplorer.Bench.Tests.Measurement;

public sealed class LatencyRecorderTests
{
    [Theory]
    [InlineData(50, 50)]
    [InlineData(99, 99)]
    [InlineData(100, 100)]
    [InlineData(0, 1)]
    [InlineData(0.5, 1)]
    public void Percentile_OneToHundred_NearestRank(double percentile, double expected)
    {
        var sut = CreateSut(Enumerable.Range(1, 100).Reverse().Select(i => (double)i));

        var value = sut.Percentile(percentile);

        Assert.Equal(expected, value);
    }

    [Fact]
    public void Summarize_FewSamples_MedianAndTailFromTheSortedSamples()
    {
        var sut = CreateSut([9, 1, 5, 3, 7]);

        var summary = sut.Summarize();

        Assert.Equal(new LatencySummary(5, 5, 9, 9), summary);
    }

    [Fact]
    public void Percentile_NoSamples_Zero()
    {
        var sut = CreateSut([]);

        var value = sut.Percentile(50);

        Assert.Equal(0, value);
    }

    [Fact]
    public async Task TimeAsync_Operation_RecordsOneSampleCoveringIt()
    {
        var sut = CreateSut([]);

        await sut.TimeAsync(() => Task.Delay(20, TestContext.Current.CancellationToken));

        Assert.Equal(1, sut.Count);
        Assert.True(sut.Percentile(50) >= 15, $"Recorded {sut.Percentile(50)} ms for a 20 ms delay.");
    }

    private static LatencyRecorder CreateSut(IEnumerable<double> samples)
    {
        var recorder = new LatencyRecorder();
        foreach (var sample in samples)
        {
            recorder.Add(sample);
        }

        return recorder;
    }
}
