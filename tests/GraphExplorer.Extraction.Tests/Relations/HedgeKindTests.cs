using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

/// <summary>One negative per hedge kind, in both languages: the same frames that state an edge elsewhere make none here.</summary>
public sealed class HedgeKindTests
{
    [Theory]
    [InlineData("英伟达并未为OpenAI提供算力。")]
    [InlineData("NVIDIA does not supply compute to OpenAI.")]
    public void Extract_Negation_NoEdge(string sentence) => AssertNoEdge(sentence);

    [Theory]
    [InlineData("英伟达会为OpenAI提供算力吗？")]
    [InlineData("Does NVIDIA supply compute to OpenAI?")]
    public void Extract_Question_NoEdge(string sentence) => AssertNoEdge(sentence);

    [Theory]
    [InlineData("据传微软收购了Mistral AI。")]
    [InlineData("Microsoft reportedly acquired Mistral AI.")]
    [InlineData("Microsoft is rumored to have acquired Mistral AI.")]
    public void Extract_Rumour_NoEdge(string sentence) => AssertNoEdge(sentence);

    [Theory]
    [InlineData("如果微软投资Mistral AI，格局会变。")]
    [InlineData("If Microsoft invested in Mistral AI, it would change the market.")]
    public void Extract_Hypothetical_NoEdge(string sentence) => AssertNoEdge(sentence);

    [Theory]
    [InlineData("在MMLU基准测试中，Claude超越了GPT-4。")]
    [InlineData("Claude outperforms GPT-4 on the MMLU benchmark.")]
    public void Extract_BenchmarkComparison_NoRivalry(string sentence) => AssertNoEdge(sentence);

    [Fact]
    public void Extract_ComparisonOutsideBenchmark_Rivalry()
    {
        var edges = Edges("Claude outperforms GPT-4 in enterprise sales.");

        Assert.True(HasCompetition(edges, "Claude", "GPT-4"));
    }

    [Theory]
    [InlineData("阿里云、百度智能云和腾讯云都是大型云厂商。")]
    [InlineData("OpenAI, Anthropic and Google all appear in the report.")]
    public void Extract_CoListing_NoEdge(string sentence) => AssertNoEdge(sentence);

    [Fact]
    public void Extract_PotentialRivals_NoRivalry()
    {
        var edges = Edges("阿里云、百度智能云和腾讯云都是Mistral AI的潜在竞争者。");

        Assert.DoesNotContain(edges, e => e.Contains("COMPETES_WITH", StringComparison.Ordinal));
    }

    private static void AssertNoEdge(string sentence)
    {
        var edges = Edges(sentence);

        Assert.Empty(edges);
    }
}
