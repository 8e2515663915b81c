using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Llm.Answers;
using GraphExplorer.Extraction.Llm.Sections;
using GraphExplorer.Extraction.Llm.Verification;

namespace GraphExplorer.Extraction.Llm.Tests.Verification;

public sealed class RelationVerifierTests
{
    private static readonly DocumentSection Section = new(0, [new(1, "# 动态"), new(2, "黄仁勋称英伟达投资了 Acme Robotics。"), new(3, "Acme Robotics 基于 Llama 构建。")]);

    [Fact]
    public void Verify_CatalogueAlias_ResolvesToTheCatalogueEntity()
    {
        var result = Verify(new ModelRelation("NVIDIA", "invests_in", "Acme Robotics", 2, "英伟达投资了 Acme Robotics"));

        var kept = Assert.Single(result.Kept);
        Assert.Equal(EntityKey.FromName("NVIDIA"), kept.Source.Key);
        Assert.Equal("英伟达", kept.Source.Surface);
        Assert.Equal(RelationshipType.InvestsIn, kept.Type);
        Assert.False(kept.Target.IsCatalogued);
        Assert.Equal(EntityKey.FromName("Acme Robotics"), kept.Target.Key);
    }

    [Fact]
    public void Verify_NameOnlyThroughModelAlias_IsKept()
    {
        var entities = new[] { new ModelEntity("Acme Robotics Inc.", "company", ["Acme Robotics"]) };

        var result = Verify(entities, new ModelRelation("Acme Robotics Inc.", "BUILT_ON", "Llama", 3, "基于 Llama 构建"));

        var kept = Assert.Single(result.Kept);
        Assert.Equal("Acme Robotics Inc.", kept.Source.Name);
        Assert.Equal("Acme Robotics", kept.Source.Surface);
        Assert.Equal(EntityType.Company, kept.Source.Type);
    }

    [Fact]
    public void Verify_Person_IsNotAnEntity()
    {
        var entities = new[] { new ModelEntity("黄仁勋", "person", []) };

        var result = Verify(entities, new ModelRelation("黄仁勋", "INVESTS_IN", "Acme Robotics", 2, "英伟达投资了 Acme Robotics"));

        Assert.Equal([DropReason.NotAnEntity], result.Dropped.Select(d => d.Reason));
    }

    [Theory]
    [InlineData("NVIDIA", "INVESTS_IN", "Acme Robotics", 2, "英伟达投资了 Acme Robotics 和 Meta", DropReason.QuoteNotOnLine)]
    [InlineData("NVIDIA", "INVESTS_IN", "Acme Robotics", 3, "英伟达投资了 Acme Robotics", DropReason.QuoteNotOnLine)]
    [InlineData("NVIDIA", "INVESTS_IN", "Acme Robotics", 7, "英伟达投资了 Acme Robotics", DropReason.LineNotInSection)]
    [InlineData("NVIDIA", "ACQUIRED", "Acme Robotics", 2, "英伟达投资了 Acme Robotics", DropReason.UnknownType)]
    [InlineData("Google", "INVESTS_IN", "Acme Robotics", 2, "投资了 Acme Robotics", DropReason.NameNotOnLine)]
    [InlineData("NVIDIA", "INVESTS_IN", "", 2, "英伟达投资了", DropReason.MissingField)]
    [InlineData("英伟达", "COMPETES_WITH", "NVIDIA", 2, "英伟达", DropReason.SameEntity)]
    public void Verify_ClaimNotBorneOutByTheLine_IsDroppedWithItsReason(string source, string type, string target, int line, string quote, DropReason expected)
    {
        var result = Verify(new ModelRelation(source, type, target, line, quote));

        Assert.Empty(result.Kept);
        Assert.Equal([expected], result.Dropped.Select(d => d.Reason));
    }

    private static SectionVerification Verify(params ModelRelation[] relations) => Verify([], relations);

    private static SectionVerification Verify(ModelEntity[] entities, params ModelRelation[] relations) =>
        RelationVerifier.Verify(Section, new ModelAnswer(relations, entities), EntityCatalogue.Default);
}
