using GraphExplorer.Bench.Extraction;

namespace GraphExplorer.Bench.Tests.Extraction;

public sealed class SettlingRuleTests
{
    // The 10 MB corpus's warm-up on one core, in CPU-seconds per pass (ext7, tiered JIT and dynamic PGO).
    private static readonly double[] MeasuredSeconds = [4.172, 2.248, 1.303, 1.379, 0.820, 0.669, 0.705, 0.772, 0.751, 0.718, 0.728, 0.715];

    [Fact]
    public void IsSettled_FewerThanTwoWindows_False()
    {
        var sut = SettlingRule.Default;

        Assert.False(sut.IsSettled([10, 10, 10, 10, 10]));
    }

    [Fact]
    public void IsSettled_FlatPasses_TrueAtTwoWindows()
    {
        var sut = SettlingRule.Default;

        Assert.True(sut.IsSettled([10, 10, 10, 10, 10, 10]));
    }

    [Fact]
    public void IsSettled_LatestWindowFasterByMoreThanTheTolerance_False()
    {
        var sut = SettlingRule.Default;

        Assert.False(sut.IsSettled([10, 10, 10, 11, 10.6, 10.6]));
    }

    [Fact]
    public void IsSettled_OneNoisyFastPass_TheMedianIgnoresIt()
    {
        var sut = SettlingRule.Default;

        Assert.True(sut.IsSettled([10, 10, 10, 10, 14, 10.2]));
    }

    [Fact]
    public void IsSettled_LatestWindowSlower_True()
    {
        var sut = SettlingRule.Default;

        Assert.True(sut.IsSettled([10, 10, 10, 9, 9, 9]));
    }

    [Fact]
    public void IsSettled_MeasuredWarmUp_SettlesOnlyOnceThePlateauOfHalfOptimisedCodeIsPast()
    {
        var sut = SettlingRule.Default;
        var rates = MeasuredSeconds.Select(s => 10 / s).ToArray();

        var settledAt = Enumerable.Range(1, rates.Length).First(n => sut.IsSettled(rates[..n]));

        Assert.Equal(10, settledAt);
        Assert.All(rates[(settledAt - 3)..settledAt], r => Assert.True(r > 10 / 0.8, $"{10 / r:F3} s is still warming up."));
    }

    [Theory]
    [InlineData(new[] { 3.0 }, 3.0)]
    [InlineData(new[] { 5.0, 1.0, 3.0 }, 3.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    public void Median_OddAndEvenCounts_MiddleOrMeanOfTheTwoMiddle(double[] values, double expected)
    {
        Assert.Equal(expected, SettlingRule.Median(values));
    }

    [Fact]
    public void Median_NoValues_Throws()
    {
        Assert.Throws<ArgumentException>(() => SettlingRule.Median([]));
    }
}
