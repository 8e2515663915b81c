using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

public sealed class FundingRoundTests
{
    [Fact]
    public void Extract_LedTheRoundAfterRaise_InvestorToRecipient()
    {
        const string note = "Mistral AI raised $600M last year. NVIDIA led the round.";

        CueEvidence.AssertStated(note, "NVIDIA INVESTS_IN Mistral AI", 1, "NVIDIA led the round.");
    }

    [Theory]
    [InlineData("Mistral AI raised $600M in a round led by Microsoft.", "Microsoft INVESTS_IN Mistral AI")]
    [InlineData("Anthropic raised $4B from Amazon.", "Amazon INVESTS_IN Anthropic")]
    [InlineData("Microsoft took a minority stake in Mistral AI.", "Microsoft INVESTS_IN Mistral AI")]
    [InlineData("英伟达参与了Mistral AI的多轮融资。", "NVIDIA INVESTS_IN Mistral AI")]
    [InlineData("Mistral AI完成了新一轮融资，本轮由英伟达领投。", "NVIDIA INVESTS_IN Mistral AI")]
    public void Extract_RoundStatement_InvestorToRecipient(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Fact]
    public void Extract_FromWithoutRound_NotAnInvestment()
    {
        var edges = Edges("Sora is a video model from OpenAI.");

        Assert.Contains("OpenAI DEVELOPS Sora", edges);
        Assert.DoesNotContain(edges, e => e.Contains("INVESTS_IN", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Microsoft acquired Nuance in 2022.", "Microsoft INVESTS_IN Nuance")]
    [InlineData("谷歌收购了DeepMind。", "Google INVESTS_IN Google DeepMind")]
    [InlineData("Nuance was acquired by Microsoft.", "Microsoft INVESTS_IN Nuance")]
    public void Extract_Acquisition_BuyerInvestsInTarget(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Theory]
    [InlineData("Mistral AI背靠微软。", "Microsoft INVESTS_IN Mistral AI")]
    [InlineData("Anthropic is backed by Google.", "Google INVESTS_IN Anthropic")]
    [InlineData("英伟达参与了OpenAI的融资，也是Mistral AI的投资方之一。", "NVIDIA INVESTS_IN Mistral AI")]
    public void Extract_BackerStatement_BackerInvests(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Fact]
    public void Extract_InvestmentAfterPersonJoined_SubjectIsTheCompanyNotThePerson()
    {
        var edges = Edges("OpenAI是文字生成领域的领航员。不光吸引了“生成对抗网络之父”Ian Goodfellow加盟，还早早获得了微软的10亿美元投资。");

        Assert.Contains("Microsoft INVESTS_IN OpenAI", edges);
        Assert.DoesNotContain(edges, e => e.Contains("Goodfellow", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- 一家长期关注基础模型赛道的早期投资机构 **Thrive Capital**：\n  - 领投。Kimi")]
    [InlineData("- An early-stage fund that has followed foundation models for years, **Thrive Capital**:\n  - led the round. Kimi")]
    public void Extract_RoundCueWhoseInvestorIsTheItemTopic_ReadsTheLineWithoutFailing(string note)
    {
        // The investor comes from the enclosing item's head, whose position lies in another line: the recipient is
        // looked for before the cue, not before that position.
        var edges = Edges(note);

        Assert.DoesNotContain(edges, e => e.Contains("INVESTS_IN", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Zephyrix Labs's Series B was led by Thrive Capital with participation from Brightloom Ventures.")]
    [InlineData("Zephyrix Labs的B轮由Thrive Capital领投，Brightloom Ventures跟投。")]
    public void Extract_RoundNamedAfterItsOwner_LaterInvestorsInvestInTheOwner(string sentence)
    {
        var edges = Edges(sentence);

        Assert.Contains("Thrive Capital INVESTS_IN Zephyrix Labs", edges);
        Assert.Contains("Brightloom Ventures INVESTS_IN Zephyrix Labs", edges);
        Assert.DoesNotContain("Thrive Capital INVESTS_IN Brightloom Ventures", edges);
    }

    [Fact]
    public void Extract_FollowerOfARoundWrittenOntoItsOwner_InvestsInTheOwner()
    {
        var edges = Edges("- **澜海资本：** 领投星河智能B轮，启明创投跟投");

        Assert.Contains("Qiming Venture Partners INVESTS_IN 星河智能", edges);
        Assert.DoesNotContain("Qiming Venture Partners INVESTS_IN 澜海资本", edges);
    }

    [Theory]
    [InlineData("澜星智能完成B轮融资，Thrive Capital领投、Brightloom Ventures跟投。")]
    [InlineData("澜星智能完成B轮融资，本轮由Thrive Capital领投、Brightloom Ventures和高瓴资本跟投。")]
    public void Extract_InvestorListSeparatedByEnumerationComma_NoInvestorInvestsInTheNext(string sentence)
    {
        var edges = Edges(sentence);

        Assert.DoesNotContain("Thrive Capital INVESTS_IN Brightloom Ventures", edges);
        Assert.Contains("Thrive Capital INVESTS_IN 澜星智能", edges);
    }

    [Theory]
    [InlineData("Kestrel Labs raised $60M in a Series B last month. Thrive Capital led the round, with participation from Brightloom Ventures.")]
    [InlineData("Kestrel Labs raised $60M in a Series B. Thrive Capital led the round, with participation from Brightloom Ventures.")]
    public void Extract_ParticipantsAfterALeadSentence_InvestInTheRecipientNotTheLead(string note)
    {
        var edges = Edges(note);

        Assert.Contains("Brightloom Ventures INVESTS_IN Kestrel Labs", edges);
        Assert.DoesNotContain("Brightloom Ventures INVESTS_IN Thrive Capital", edges);
    }

    [Theory]
    [InlineData("Halvard Labs raised $235M in a Series D led by Brightmoor Ventures, with participation from Google, Amazon and AMD.")]
    [InlineData("Halvard Labs raised a round led by Brightmoor Ventures, with participation from Google, Amazon and AMD.")]
    public void Extract_RaisedRoundLedByWithCommaThenParticipants_EveryInvestorInTheRaiser(string sentence)
    {
        var edges = Edges(sentence);

        Assert.Contains("Brightmoor Ventures INVESTS_IN Halvard Labs", edges);
        Assert.Contains("Google INVESTS_IN Halvard Labs", edges);
        Assert.Contains("Amazon INVESTS_IN Halvard Labs", edges);
        Assert.Contains("AMD INVESTS_IN Halvard Labs", edges);
        Assert.DoesNotContain(edges, e => e.EndsWith("INVESTS_IN Brightmoor Ventures", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- **青岚资本：** 领投籁岚科技A轮，北岚资本跟投", "北岚资本 INVESTS_IN 籁岚科技")]
    [InlineData("- **青岚资本：** 领投籁岚科技B轮，启明创投和朔岚创投跟投", "朔岚创投 INVESTS_IN 籁岚科技")]
    public void Extract_NewParticipantsAfterTheRound_InvestInItsRecipient(string line, string expected)
    {
        var edges = Edges(line);

        Assert.Contains("青岚资本 INVESTS_IN 籁岚科技", edges);
        Assert.Contains(expected, edges);
    }
}
