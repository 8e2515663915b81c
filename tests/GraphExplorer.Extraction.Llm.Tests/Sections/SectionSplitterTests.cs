using GraphExplorer.Extraction.Llm.Sections;

namespace GraphExplorer.Extraction.Llm.Tests.Sections;

public sealed class SectionSplitterTests
{
    [Fact]
    public void Split_NestedHeadings_EachSectionRepeatsItsHeadingChainWithAbsoluteNumbers()
    {
        var sections = SectionSplitter.Split("# A\nintro\n## B\n\nb1\n# C\nc1\n", maxBodyLines: 10);

        Assert.Equal(3, sections.Count);
        Assert.Equal([(1, "# A"), (2, "intro")], sections[0].Lines.Select(l => (l.Number, l.Text)));
        Assert.Equal([(1, "# A"), (3, "## B"), (5, "b1")], sections[1].Lines.Select(l => (l.Number, l.Text)));
        Assert.Equal([(6, "# C"), (7, "c1")], sections[2].Lines.Select(l => (l.Number, l.Text)));
    }

    [Fact]
    public void Split_LongSection_CutsIntoPartsThatKeepTheHeading()
    {
        var sections = SectionSplitter.Split("# H\nl2\nl3\nl4\n", maxBodyLines: 2);

        Assert.Equal(2, sections.Count);
        Assert.Equal([1, 2, 3], sections[0].Lines.Select(l => l.Number));
        Assert.Equal([1, 4], sections[1].Lines.Select(l => l.Number));
        Assert.Equal([0, 1], sections.Select(s => s.Index));
    }

    [Fact]
    public void Split_HeadingsOnly_SendsNothing()
    {
        Assert.Empty(SectionSplitter.Split("# A\n## B\r\n\n", maxBodyLines: 5));
    }

    [Fact]
    public void Split_HashWithoutSpace_IsBodyNotHeading()
    {
        var section = Assert.Single(SectionSplitter.Split("#hashtag text\r\n", maxBodyLines: 5));

        Assert.Equal([(1, "#hashtag text")], section.Lines.Select(l => (l.Number, l.Text)));
    }
}
