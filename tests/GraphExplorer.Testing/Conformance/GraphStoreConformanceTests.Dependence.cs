using GraphExplorer.Core.Traversals;
using static GraphExplorer.Testing.Conformance.ConformanceGraph;

namespace GraphExplorer.Testing.Conformance;

/// <summary>How dependence answers say and order how each row depends on the start entity.</summary>
public abstract partial class GraphStoreConformanceTests
{
    [Fact]
    public async Task DependentsOf_ComputeBuiltOnAndProducts_ListsComputeThenBuiltOnThenOwnProducts()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);
        await store.WriteDocumentAsync(DocumentD(), Ct);

        var result = await CreateTraversalService(store).ExecuteAsync(new("dependents-of", "NVIDIA"), Ct);

        Assert.Equal(
            [
                ("OpenAI", 1, Dependence.Compute), ("GPT-4", 2, Dependence.Compute), ("ChatGPT", 3, Dependence.Compute),
                ("Stability AI", 1, Dependence.BuiltOn), ("A100", 1, Dependence.Developed),
            ],
            result.Rows.Select(r => (r.Entity.Name, r.Hops, r.Dependence ?? (Dependence)(-1))));
    }

    [Fact]
    public async Task DependentsOf_Limit_ChoosesByHopsThenDependenceBeforeListing()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);
        await store.WriteDocumentAsync(DocumentD(), Ct);

        var result = await CreateTraversalService(store).ExecuteAsync(new("dependents-of", "NVIDIA", Limit: 2), Ct);

        Assert.Equal(["OpenAI", "Stability AI"], result.Rows.Select(r => r.Entity.Name));
    }

    [Fact]
    public async Task DependenciesOf_Product_SaysBuiltOnAndDeveloped()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentA(), Ct);

        var chatGpt = await CreateTraversalService(store).ExecuteAsync(new("dependencies-of", "ChatGPT"), Ct);
        var gpt4 = await CreateTraversalService(store).ExecuteAsync(new("dependencies-of", "GPT-4"), Ct);

        Assert.Equal(
            [("GPT-4", Dependence.BuiltOn), ("OpenAI", Dependence.BuiltOn), ("NVIDIA", Dependence.BuiltOn)],
            chatGpt.Rows.Select(r => (r.Entity.Name, r.Dependence ?? (Dependence)(-1))));
        Assert.Equal(
            [("OpenAI", Dependence.Developed), ("NVIDIA", Dependence.Developed)],
            gpt4.Rows.Select(r => (r.Entity.Name, r.Dependence ?? (Dependence)(-1))));
    }

    [Fact]
    public async Task CompetitorsOf_AnyRow_CarriesNoDependence()
    {
        var store = await CreateSutAsync();
        await store.WriteDocumentAsync(DocumentB(), Ct);

        var result = await CreateTraversalService(store).ExecuteAsync(new("competitors-of", "OpenAI"), Ct);

        Assert.All(result.Rows, r => Assert.Null(r.Dependence));
    }
}
