using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

/// <summary>The other investors of a round named after its lead (<c>…was led by X, with Y and Z participating</c>).</summary>
public sealed class RoundParticipantTests
{
    [Theory]
    [InlineData("Ferrowick's $40 million Series B was led by Dunlin Peak Capital, with Oxbarrow Ventures and Tamsworth Partners participating.")]
    [InlineData("Ferrowick raised $40 million in a round led by Dunlin Peak Capital, with Oxbarrow Ventures and Tamsworth Partners joining.")]
    public void Extract_ParticipantsAfterTheLead_EachInvestsInTheRecipient(string sentence)
    {
        var edges = Edges(sentence);

        Assert.Contains("Dunlin Peak Capital INVESTS_IN Ferrowick", edges);
        Assert.Contains("Oxbarrow Ventures INVESTS_IN Ferrowick", edges);
        Assert.Contains("Tamsworth Partners INVESTS_IN Ferrowick", edges);
        Assert.DoesNotContain(edges, e => e.EndsWith("INVESTS_IN Dunlin Peak Capital", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_OwnerInTheParticipantsApposition_TakesNoPart()
    {
        var edges = Edges("Ferrowick's Series A was led by Dunlin Peak Capital, with Brenmoor Ventures, Halvering's venture arm, joining.");

        Assert.Contains("Brenmoor Ventures INVESTS_IN Ferrowick", edges);
        Assert.DoesNotContain(edges, e => e.StartsWith("Halvering", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ParticipantDescribedByAnApposition_ParticipantNotItsNationality()
    {
        var edges = Edges("Ferrowick's Series A was led by Dunlin Peak Capital, with Brenmoor Energy, a Danish wind developer, taking a strategic stake.");

        Assert.Contains("Brenmoor Energy INVESTS_IN Ferrowick", edges);
        Assert.DoesNotContain(edges, e => e.StartsWith("Danish", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_WithParticipatingOutsideARound_NoInvestment()
    {
        var edges = Edges("Ferrowick signed a pilot with Dunlin Peak Capital, with Oxbarrow Ventures participating as an observer.");

        Assert.DoesNotContain(edges, e => e.Contains("INVESTS_IN", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ferrowick's $40 million Series B was led by Dunlin Peak Capital.")]
    [InlineData("Ferrowick’s €22M seed round was led by Dunlin Peak Capital.")]
    [InlineData("Ferrowick's US$1.2 billion Series D was led by Dunlin Peak Capital.")]
    public void Extract_AmountBeforeTheOwnedRound_OwnerIsTheRecipient(string sentence)
    {
        Assert.Contains("Dunlin Peak Capital INVESTS_IN Ferrowick", Edges(sentence));
    }

    [Theory]
    [InlineData("In October Ferrowick Labs acquired Pellamy, a two-person start-up.", "Ferrowick Labs INVESTS_IN Pellamy")]
    [InlineData("Earlier this year Ferrowick Labs acquired Pellamy.", "Ferrowick Labs INVESTS_IN Pellamy")]
    [InlineData("In the third quarter of 2025 Ferrowick Labs acquired Pellamy.", "Ferrowick Labs INVESTS_IN Pellamy")]
    [InlineData("今年砾衡科技收购了岫栈。", "砾衡科技 INVESTS_IN 岫栈")]
    public void Extract_TimeAdverbialBeforeTwoNewNames_SubjectStillOpensTheClause(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Theory]
    [InlineData("铖岳科技的A轮由楠溪资本领投、苒川创投跟投。")]
    [InlineData("铖岳科技的天使轮由楠溪资本投资、苒川创投跟投。")]
    [InlineData("铖岳科技从英伟达采购了两百张H20，A轮由楠溪资本领投、苒川创投跟投。")]
    [InlineData("铖岳科技租用了阿里云的GPU集群；B轮则由楠溪资本领投，苒川创投跟投。")]
    public void Extract_FollowerAfterTheLeadsPart_InvestsInTheRoundsOwner(string sentence)
    {
        var edges = Edges(sentence);

        Assert.Contains("楠溪资本 INVESTS_IN 铖岳科技", edges);
        Assert.Contains("苒川创投 INVESTS_IN 铖岳科技", edges);
        Assert.DoesNotContain(edges, e => e.EndsWith("INVESTS_IN 楠溪资本", StringComparison.Ordinal) || e.StartsWith("NVIDIA INVESTS_IN", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BareRoundLabelAfterAModelsClause_NoRecipient()
    {
        var edges = Edges("铖岳-7B在Qwen3上微调，A轮由楠溪资本领投、苒川创投跟投。");

        Assert.DoesNotContain(edges, e => e.Contains("INVESTS_IN", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RecordLabelFollowsTheRound_IsACompanyInvesting()
    {
        var edges = Edges("铖岳科技的A轮由楠溪资本领投，腾讯音乐娱乐和澜音唱片跟投。");

        Assert.Contains("澜音唱片 INVESTS_IN 铖岳科技", edges);
    }

    [Fact]
    public void Extract_PluralPossessiveBeforeTheRound_OwnerIsTheRecipient()
    {
        var edges = Edges("Ferrowick Labs' $31 million Series A was led by Dunlin Peak Capital, with Oxbarrow Ventures participating.");

        Assert.Contains("Dunlin Peak Capital INVESTS_IN Ferrowick Labs", edges);
        Assert.Contains("Oxbarrow Ventures INVESTS_IN Ferrowick Labs", edges);
    }

    [Fact]
    public void Extract_WellKnownIndustrialFollowsTheRound_InvestsInTheOwner()
    {
        Assert.Contains("CATL INVESTS_IN 铖岳科技", Edges("铖岳科技的B轮由楠溪资本领投，宁德时代和苒川创投跟投。"));
    }

    [Fact]
    public void Extract_InvestorLedTheCompanysRound_InvestsInTheCompanyNamedBefore()
    {
        var edges = Edges("AWS supplies compute to Ferrowick Labs, and Dunlin Peak Capital led the company's $18 million seed round.");

        Assert.Contains("Dunlin Peak Capital INVESTS_IN Ferrowick Labs", edges);
        Assert.DoesNotContain("Dunlin Peak Capital INVESTS_IN AWS", edges);
    }

    [Fact]
    public void Extract_InvestorLedItsOwnRound_NoRecipientGuessed()
    {
        Assert.DoesNotContain(Edges("Ferrowick Labs raised money. Dunlin Peak Capital led its largest round ever."), e => e.StartsWith("Dunlin Peak Capital INVESTS_IN", StringComparison.Ordinal));
    }
}
