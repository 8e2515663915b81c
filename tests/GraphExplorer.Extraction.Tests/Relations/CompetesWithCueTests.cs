using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

public sealed class CompetesWithCueTests
{
    [Theory]
    [InlineData("Claude是GPT-4的主要竞争对手。", "Claude", "GPT-4")]
    [InlineData("Mistral AI与OpenAI竞争企业客户。", "Mistral AI", "OpenAI")]
    [InlineData("Gemini competes with GPT-4 on reasoning.", "Gemini", "GPT-4")]
    [InlineData("豆包直接对标ChatGPT。", "Doubao", "ChatGPT")]
    public void Extract_CompetitionCue_PairCompetes(string sentence, string first, string second)
    {
        var edges = Edges(sentence);

        Assert.True(HasCompetition(edges, first, second), string.Join("; ", edges));
    }

    [Fact]
    public void Extract_CompanyAndModel_DoNotCompete()
    {
        var edges = Edges("OpenAI发布的Sora面临很多竞争。");

        Assert.DoesNotContain(edges, e => e.Contains("COMPETES_WITH", StringComparison.Ordinal));
    }
}
