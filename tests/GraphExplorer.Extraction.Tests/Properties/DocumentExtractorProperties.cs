using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GraphExplorer.Core.Documents;

namespace GraphExplorer.Extraction.Tests.Properties;

/// <summary>Whatever the text, the extractor returns (never throws), and all it claims points into the text.</summary>
public sealed class DocumentExtractorProperties
{
    private const string Document = "notes/generated.md";

    private static readonly DocumentExtractor Sut = ExtractionFixture.CreateSut();

    [Property(Arbitrary = [typeof(MarkdownArbitraries)], MaxTest = 300)]
    public void Extract_AnyText_EveryEvidenceQuoteIsOnItsLine(MarkdownText text)
    {
        var extraction = Sut.Extract(new DocumentSource(Document, "hash", text.Text));

        var lines = text.Text.Split('\n');
        foreach (var relationship in extraction.Graph.Relationships)
        {
            Assert.NotEmpty(relationship.Evidence);
            foreach (var evidence in relationship.Evidence)
            {
                Assert.Equal(Document, evidence.Document);
                Assert.InRange(evidence.Line, 1, lines.Length);
                Assert.NotEmpty(evidence.Quote);
                Assert.Contains(evidence.Quote, lines[evidence.Line - 1], StringComparison.Ordinal);
            }
        }
    }

    [Property(Arbitrary = [typeof(MarkdownArbitraries)], MaxTest = 300)]
    public void Extract_AnyText_EdgesJoinDistinctDeclaredEntities(MarkdownText text)
    {
        var extraction = Sut.Extract(new DocumentSource(Document, "hash", text.Text));

        var keys = extraction.Graph.Entities.Select(e => e.Key).ToHashSet();
        Assert.Equal(extraction.Graph.Entities.Count, keys.Count);
        Assert.All(extraction.Graph.Relationships, r =>
        {
            Assert.Contains(r.Source, keys);
            Assert.Contains(r.Target, keys);
            Assert.NotEqual(r.Source, r.Target);
        });
        Assert.All(extraction.Diagnostics, d => Assert.InRange(d.Line, 1, text.Text.Split('\n').Length));
    }

    private const ulong SampleSeed = 20261203;

    [Fact]
    public void Generator_MarkdownShapedTexts_OftenYieldRelations()
    {
        // Guards the properties above against a generator that never reaches the relation rules: about half the
        // generated texts give a relation (many statements run names together or put cues out of place).
        // A fixed seed: the same 300 texts on every run, so the count is a fact about the rules, not about the draw.
        var samples = MarkdownArbitraries.Generator.Sample(size: 30, seed: new Rnd(SampleSeed), numberOfSamples: 300);

        var withRelations = samples.Count(s => Sut.Extract(new DocumentSource(Document, "hash", s.Text)).Graph.Relationships.Count > 0);

        Assert.True(withRelations >= 75, $"Only {withRelations} of {samples.Length} generated texts yielded a relation.");
    }
}
