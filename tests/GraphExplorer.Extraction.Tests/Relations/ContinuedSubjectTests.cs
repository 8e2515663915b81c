using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

/// <summary>A pronoun-led sentence's second verb keeps the pronoun's subject, not the first verb's object.</summary>
public sealed class ContinuedSubjectTests
{
    [Fact]
    public void Extract_SecondVerbAfterAnObject_BelongsToThePronounsAntecedent()
    {
        var edges = Edges("Ferrowick Studio lets teams assemble agents. It runs on Azure and is powered by Brisk-Plan 8B.");

        Assert.Contains("Ferrowick Studio BUILT_ON Brisk-Plan 8B", edges);
        Assert.DoesNotContain("Azure BUILT_ON Brisk-Plan 8B", edges);
    }

    [Fact]
    public void Extract_CityBeforeAKindOfCompany_IsNoSupplierOrCustomer()
    {
        var edges = Edges("Ferrowick rents GPUs from Kestrelmoor Compute, a Glasgow neocloud that itself buys its GPUs from NVIDIA.");

        Assert.DoesNotContain(edges, e => e.Contains("Glasgow", StringComparison.Ordinal));
    }
}
