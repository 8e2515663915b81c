using GraphExplorer.Core.Curation;

namespace GraphExplorer.Core.Tests.Curation;

public sealed class SplitRuleTests
{
    private static readonly string[] Split = ["zenith cloud"];
    private static readonly string[] Staying = ["zenith", "天顶", "zenith cloud ml"];

    [Theory]
    [InlineData("Zenith Cloud hosts the model", "zenith cloud")]
    [InlineData("ＺＥＮＩＴＨ　ＣＬＯＵＤ hosts the model", "zenith cloud")]
    [InlineData("Zenith sells GPUs to Zenith Cloud", null)]
    [InlineData("天顶投资了 Zenith Cloud", null)]
    [InlineData("Zenith Cloud ML trains it", null)]
    [InlineData("Zenith Cloudy skies", null)]
    [InlineData("The company hosts the model", null)]
    [InlineData("", null)]
    public void MovesWith_FollowsTheLongestMentionOfTheEntitysNames(string quote, string? expected) =>
        Assert.Equal(expected, SplitRule.MovesWith(quote, Split, Staying));

    [Fact]
    public void MovesWith_TwoSplitAliasesNamedTogether_Stays() =>
        Assert.Null(SplitRule.MovesWith("Zenith Cloud and Zenith Edge", ["zenith cloud", "zenith edge"], ["zenith"]));
}
