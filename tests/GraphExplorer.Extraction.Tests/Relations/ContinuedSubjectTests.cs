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

    [Theory]
    [InlineData("Pellam Orbital released Pellam-SAR 600M, a ship and oil-slick detection model built on Ferro-EO 2.", "Pellam-SAR 600M BUILT_ON Ferro-EO 2")]
    [InlineData("Loomcrest builds Warpcrest Cloud, a managed service built on Warpcrest.", "Warpcrest Cloud BUILT_ON Warpcrest")]
    [InlineData("Gullmere builds Gullmere Pro, a subscription service for operators that is powered by Gullmere-Cast 3.", "Gullmere Pro BUILT_ON Gullmere-Cast 3")]
    public void Extract_CueInsideAnObjectsApposition_TheObjectIsItsSubject(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Fact]
    public void Extract_ComputeCueInsideAnApposition_StillNeedsAKnownName()
    {
        var edges = Edges("Gorsefield Evals builds Gauntry Suite, an automated testing service that runs on Gorsefield's in-house Gorse-Judge 8B.");

        Assert.DoesNotContain(edges, e => e.Contains("SUPPLIES_COMPUTE_TO", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CueInANestedItemWhoseSubjectIsTheParentsHead_ReadsNoTextOutsideTheLine()
    {
        // The parent's head is the child's topic: its offsets point into the parent's line, not this one.
        const string note = "- **OpenRouterT-Head PPU** - 一站式机器学习平台，集成数据处理和模型部署\n  - 特点：集成Arize AIAI能力";

        var edges = Edges(note);

        Assert.DoesNotContain(edges, e => e.StartsWith("特点", StringComparison.Ordinal));
    }
}
