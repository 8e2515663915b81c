using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Documents;
using GraphExplorer.Extraction.Relations;
using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Documents;

/// <summary>A multi-word company name's first word, used alone later in the document, names that company.</summary>
public sealed class ShortNamesTests
{
    [Fact]
    public void Extract_ShortFormAtSentenceStart_NamesTheCompanyMetBefore()
    {
        var edges = Edges("Kestrel Systems builds Quayline.\n\nKestrel competes with Cognition for enterprise contracts.");

        Assert.Contains(edges, e => e is "Kestrel Systems COMPETES_WITH Cognition AI" or "Cognition AI COMPETES_WITH Kestrel Systems");
        Assert.DoesNotContain(edges, e => e.Contains("Kestrel COMPETES_WITH", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ShortForm_KeptAsAnAliasOfTheCompany()
    {
        var graph = Extract("Kestrel Systems builds Quayline.\n\nKestrel competes with Cognition.");

        var company = Assert.Single(graph.Entities, e => e.Name == "Kestrel Systems");
        Assert.Contains("Kestrel", company.Aliases);
        Assert.DoesNotContain(graph.Entities, e => e.Name == "Kestrel");
    }

    [Fact]
    public void For_FirstWordTwoCompaniesShare_NamesNeither()
    {
        var finder = new MentionFinder(EntityCatalogue.None);
        var lines = MarkdownLineReader.Read("Kestrel Systems builds Quayline. Kestrel Capital backs Ardent Labs. Kestrel Robotics builds arms. Kestrel is growing.").ToList();

        var mentions = new DocumentMentions(finder, lines).For(lines[0], finder);

        Assert.DoesNotContain(mentions, m => m.Surface.StartsWith("Kestrel", StringComparison.Ordinal) && m.Alias == "Kestrel");
    }

    [Fact]
    public void For_InvestmentArm_ItsFirstWordStaysTheParent()
    {
        var finder = new MentionFinder(EntityCatalogue.None);
        var lines = MarkdownLineReader.Read("Qualcomm Ventures backs Ardent Labs, and Qualcomm supplies chips to Ardent Labs.").ToList();

        var mentions = new DocumentMentions(finder, lines).For(lines[0], finder);

        Assert.DoesNotContain(mentions, m => m.Alias == "Qualcomm" && m.Key == EntityKey.FromName("Qualcomm Ventures"));
    }
}
