using System.Text.Json;
using GraphExplorer.Storage.Neo4j.Queries;

namespace GraphExplorer.Storage.Neo4j.Tests.Queries;

public sealed class Neo4jQueryPlanTests
{
    /// <summary>A plan in the Query API's shape: <c>{operatorType, arguments, identifiers, children}</c>, root first.</summary>
    private static JsonElement Plan(params string[] operators)
    {
        object? node = null;
        foreach (var name in operators.Reverse())
        {
            node = new { operatorType = name + "@neo4j", arguments = new { Details = "" }, identifiers = new[] { "n" }, children = node is null ? Array.Empty<object>() : [node] };
        }

        return JsonSerializer.SerializeToElement(node);
    }

    [Fact]
    public void FindWrite_ReadPlan_IsNull()
    {
        var plan = Plan("ProduceResults", "Projection", "Filter", "NodeByLabelScan");

        Assert.Null(Neo4jQueryPlan.FindWrite(plan));
    }

    [Theory]
    [InlineData("Create")]
    [InlineData("MergeCreateNode")]
    [InlineData("SetProperty")]
    [InlineData("DetachDelete")]
    [InlineData("RemoveLabels")]
    [InlineData("LoadCSV")]
    [InlineData("TransactionForeach")]
    [InlineData("Foreach")]
    public void FindWrite_WritingOperatorBelowTheRoot_NamesIt(string write)
    {
        var plan = Plan("ProduceResults", "Projection", write, "AllNodesScan");

        Assert.Contains(write, Neo4jQueryPlan.FindWrite(plan), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EmptyResult")]
    [InlineData("ShowSettings")]
    [InlineData("TerminateTransactions")]
    public void FindWrite_RootIsNotProduceResults_IsRefused(string root)
    {
        Assert.Contains(root, Neo4jQueryPlan.FindWrite(Plan(root)), StringComparison.Ordinal);
    }

    [Fact]
    public void FindWrite_NoPlan_IsRefused()
    {
        Assert.NotNull(Neo4jQueryPlan.FindWrite(default));
    }

    [Fact]
    public void Parse_ExplainAnswer_KeepsTheQueryPlan()
    {
        using var answer = JsonDocument.Parse("""{"data":{"fields":["n"],"values":[]},"queryPlan":{"operatorType":"ProduceResults@neo4j","children":[{"operatorType":"Create@neo4j","children":[]}]},"bookmarks":[]}""");

        var result = Neo4jQueryResult.Parse(answer.RootElement);

        Assert.Equal("the plan holds the operator Create, which changes the database or reaches outside it.", Neo4jQueryPlan.FindWrite(result.Plan ?? default));
    }
}
