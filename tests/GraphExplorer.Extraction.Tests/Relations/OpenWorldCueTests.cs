using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

/// <summary>Cue frames whose arguments the catalogue does not know, and the English grammar on par with the Chinese.</summary>
public sealed class OpenWorldCueTests
{
    [Theory]
    [InlineData("Cerebras supplies compute to G42.", "Cerebras SUPPLIES_COMPUTE_TO G42")]
    [InlineData("Thrive Capital invests in Anysphere.", "Thrive Capital INVESTS_IN Anysphere")]
    [InlineData("Zephyrix Labs推出了Nimbus-7。", "Zephyrix Labs DEVELOPS Nimbus-7")]
    [InlineData("Zephyrix Labs released Nimbus-7 last week.", "Zephyrix Labs DEVELOPS Nimbus-7")]
    public void Extract_TwoNewNames_ClauseSubjectLinked(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Fact]
    public void Extract_NewNameAfterEarlierObject_NotASubject()
    {
        var edges = Edges("硬件方面已推出Orion X30、Vega Lite3等平台、在轮足领域已推出Nova Mk2平台。");

        Assert.DoesNotContain(edges, e => e.Contains("Lite3 DEVELOPS", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SecondVerbAfterAnd_SubjectOfTheFirst()
    {
        var edges = Edges("Perplexity is built on Llama and competes with Google.");

        Assert.Contains("Perplexity BUILT_ON Llama", edges);
        Assert.True(HasCompetition(edges, "Perplexity", "Google"));
        Assert.False(HasCompetition(edges, "Llama", "Google"));
    }

    [Fact]
    public void Extract_EnglishSentences_QuoteIsTheStatingSentence()
    {
        const string note = "Claude is developed by Anthropic. Gemini was released by Google in 2023.";

        CueEvidence.AssertStated(note, "Google DEVELOPS Gemini", 1, "Gemini was released by Google in 2023.");
        Assert.DoesNotContain("Claude", Assert.Single(CueEvidence.Of(note, "Google DEVELOPS Gemini")).Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Claude, Anthropic's flagship model, writes code.", "Anthropic DEVELOPS Claude")]
    [InlineData("Claude是Anthropic的大模型。", "Anthropic DEVELOPS Claude")]
    public void Extract_Appositive_CompanyDevelopsProduct(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Theory]
    [InlineData("Copilot以GPT-4为基础。", "Copilot BUILT_ON GPT-4")]
    [InlineData("Codex在GPT-3的基础上微调而来。", "Codex BUILT_ON GPT-3")]
    [InlineData("Vicuna is fine-tuned from Llama.", "Vicuna BUILT_ON Llama")]
    [InlineData("Copilot is powered by GPT-4.", "Copilot BUILT_ON GPT-4")]
    public void Extract_BaseFrames_ProductBuiltOnBase(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Fact]
    public void Extract_RelativeClause_SubjectIsTheDescribedName()
    {
        var edges = Edges("Microsoft ships Copilot, an assistant that is powered by GPT-4.");

        Assert.Contains("Copilot BUILT_ON GPT-4", edges);
        Assert.DoesNotContain("Microsoft BUILT_ON GPT-4", edges);
    }

    [Theory]
    [InlineData("Anthropic competes with OpenAI and with Google.", "OpenAI")]
    [InlineData("Anthropic competes with OpenAI and with Google.", "Google")]
    [InlineData("Anthropic与OpenAI争夺企业客户。", "OpenAI")]
    public void Extract_RivalsList_EachRival(string sentence, string rival)
    {
        var edges = Edges(sentence);

        Assert.True(HasCompetition(edges, "Anthropic", rival));
    }
}
