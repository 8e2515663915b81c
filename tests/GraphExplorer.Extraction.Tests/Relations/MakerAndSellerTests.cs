using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

/// <summary>Whose make a product is through a possessive with modifiers, and who rents out a chip named after it.</summary>
public sealed class MakerAndSellerTests
{
    [Theory]
    [InlineData("Ferro trained it from Stability AI's open-weights Stable Audio Open.", "Stability AI DEVELOPS Stable Audio Open")]
    [InlineData("Ferro uses Kestrelmoor Labs' open-source Kestrel-7B.", "Kestrelmoor Labs DEVELOPS Kestrel-7B")]
    [InlineData("The suite runs on Gorsefield's in-house Gorse-Judge 8B.", "Gorsefield DEVELOPS Gorse-Judge 8B")]
    public void Extract_PossessiveWithAMakersModifier_OwnerDevelopsTheProduct(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Fact]
    public void Extract_PossessiveWithARelation_IsNoMaker()
    {
        Assert.DoesNotContain("Kestrelmoor Labs DEVELOPS Kestrel-7B", Edges("Ferro competes with Kestrelmoor Labs's rival Kestrel-7B."));
    }

    [Fact]
    public void Extract_ChipRentedFromACompany_TheSellerSuppliesIt()
    {
        var edges = Edges("Gullmere Weather trains Gullmere-Cast 3 on a GH200 cluster rented from Fjordmoor Compute.");

        Assert.Contains("Fjordmoor Compute SUPPLIES_COMPUTE_TO Gullmere Weather", edges);
        Assert.DoesNotContain(edges, e => e.StartsWith("GH200 SUPPLIES_COMPUTE_TO", StringComparison.Ordinal));
    }
}
