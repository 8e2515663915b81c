using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

public sealed class HedgeTests
{
    [Theory]
    [InlineData("微软并未投资Anthropic。")]
    [InlineData("谷歌是否会投资Anthropic？")]
    [InlineData("据传苹果将投资OpenAI。")]
    [InlineData("亚马逊可能投资Mistral AI。")]
    [InlineData("Meta did not invest in Anthropic.")]
    [InlineData("Google may invest in Anthropic.")]
    [InlineData("Will Apple invest in OpenAI?")]
    [InlineData("苹果并没有足够的现金去投资OpenAI。")]
    public void Extract_NegatedQuestionOrSpeculation_NoEdge(string sentence)
    {
        var edges = Edges(sentence);

        Assert.DoesNotContain(edges, e => e.Contains("INVESTS_IN", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Adobe does not regard Midjourney as a direct competitor.")]
    [InlineData("Runway has never seen Pika as a serious competitor.")]
    public void Extract_NegationFarBeforeTheCueInItsClause_NoEdge(string sentence)
    {
        var edges = Edges(sentence);

        Assert.DoesNotContain(edges, e => e.Contains("COMPETES_WITH", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SameShapeAsserted_Edge()
    {
        var edges = Edges("微软投资Anthropic。");

        Assert.Contains("Microsoft INVESTS_IN Anthropic", edges);
    }

    [Fact]
    public void Extract_NotOnlyIsNotNegation_Edge()
    {
        var edges = Edges("微软不断投资OpenAI。");

        Assert.Contains("Microsoft INVESTS_IN OpenAI", edges);
    }

    [Fact]
    public void Extract_HedgeInOtherSentence_OnlyThatSentenceSuppressed()
    {
        var edges = Edges("OpenAI推出了Sora。谷歌是否会推出Veo？");

        Assert.Contains("OpenAI DEVELOPS Sora", edges);
        Assert.DoesNotContain(edges, e => e.StartsWith("Google DEVELOPS", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SeveralRelationsInOneSentence_AllKept()
    {
        var edges = Edges("OpenAI推出了ChatGPT，微软则投资了OpenAI，并为其提供算力。");

        Assert.Contains("OpenAI DEVELOPS ChatGPT", edges);
        Assert.Contains("Microsoft INVESTS_IN OpenAI", edges);
    }

    [Theory]
    [InlineData("据传，腾讯正在洽谈投资月之暗面。")]
    [InlineData("有传闻称，阿里巴巴将收购月之暗面。")]
    [InlineData("如果融资顺利，阿里巴巴会投资月之暗面。")]
    public void Extract_HearsayOrHypothesisInEarlierClause_NoEdge(string sentence)
    {
        var edges = Edges(sentence);

        Assert.DoesNotContain(edges, e => e.Contains("INVESTS_IN", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_HearsayInPreviousSentence_LaterSentenceStillStates()
    {
        var edges = Edges("据传腾讯也有意参与。阿里巴巴投资了月之暗面。");

        Assert.Contains("Alibaba INVESTS_IN Moonshot AI", edges);
    }

    [Fact]
    public void Extract_BenchmarkWordInsideAName_RivalryStillStated()
    {
        Assert.True(HasCompetition(Edges("Gorsemoor Evals competes with Patronus AI."), "Gorsemoor Evals", "Patronus AI"));
    }

    [Fact]
    public void Extract_BenchmarkWordOutsideTheNames_NoRivalry()
    {
        Assert.False(HasCompetition(Edges("Gorsemoor Labs rivals Patronus AI on safety benchmarks."), "Gorsemoor Labs", "Patronus AI"));
    }
}
