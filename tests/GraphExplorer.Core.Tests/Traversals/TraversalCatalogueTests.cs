using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Core.Tests.Traversals;

public sealed class TraversalCatalogueTests
{
    [Theory]
    [InlineData("dependents-of")]
    [InlineData("dependencies-of")]
    [InlineData("investors-of")]
    [InlineData("portfolio-of")]
    [InlineData("competitors-of")]
    [InlineData("compute-suppliers-of")]
    [InlineData("compute-customers-of")]
    [InlineData("developed-by")]
    [InlineData("path-between")]
    [InlineData("neighborhood")]
    [InlineData("most-depended-on")]
    [InlineData("evidence")]
    public void TryGet_CatalogueName_Found(string name)
    {
        var catalogue = new TraversalCatalogue();

        Assert.True(catalogue.TryGet(name.ToUpperInvariant(), out var definition));
        Assert.Equal(name, definition.Name);
        Assert.False(string.IsNullOrWhiteSpace(definition.Description));
        Assert.InRange(definition.DefaultDepth, 1, definition.MaxDepth);
    }

    [Fact]
    public void TryGet_UnknownName_ReturnsFalse()
    {
        var catalogue = new TraversalCatalogue();

        Assert.False(catalogue.TryGet("who-likes", out _));
    }

    [Fact]
    public void All_TwoEntityTraversals_TakeTo()
    {
        var catalogue = new TraversalCatalogue();

        var withTo = catalogue.All.Where(t => t.TakesTarget).Select(t => t.Name).Order().ToArray();

        Assert.Equal(["evidence", "path-between"], withTo);
    }
}
