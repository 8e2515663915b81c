using GraphExplorer.Api.Hosting;

namespace GraphExplorer.Api.Tests.Hosting;

public sealed class GraphExplorerApiHostTests
{
    [Fact]
    public void Build_NoStoreRegistered_FailsNamingTheStoreExtensions()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => GraphExplorerApiHost.Build(["--urls", "http://127.0.0.1:0"], _ => { }));

        Assert.Contains("AddSqliteGraphStore", exception.Message, StringComparison.Ordinal);
    }
}
