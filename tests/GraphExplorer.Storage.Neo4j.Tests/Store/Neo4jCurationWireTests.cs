using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.Cypher;
using GraphExplorer.Storage.Neo4j.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Storage.Neo4j.Tests.Store;

/// <summary>Curation decisions on the wire, against the fake Query API: cypher/add-, get- and remove-curation.</summary>
public sealed class Neo4jCurationWireTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private FakeNeo4jServer _server = null!; // Set in InitializeAsync, before any test runs.

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await FakeNeo4jServer.StartAsync(Ct);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AddCurationAsync_RejectEdge_SendsItsFieldsAsParametersAndReadsTheCount()
    {
        _server.Respond = r => FileOf(r.Statement) == CypherStatement.AddCuration ? (["added"], [[1]]) : ([], []);
        await using var host = new Neo4jTestHost(_server.BaseUri);
        var decision = CurationDecision.Create(
            CurationKind.RejectEdge, new EntityKey("microsoft"), new EntityKey("ian-goodfellow"), RelationshipType.InvestsIn, null, "ana", "not a company", At);

        var added = await host.Store.AddCurationAsync(decision, Ct);

        var request = _server.Requests.Single(r => FileOf(r.Statement) == CypherStatement.AddCuration);
        Assert.True(added);
        Assert.Equal(
            (decision.Id, "reject-edge", "microsoft", "ian-goodfellow", "INVESTS_IN", "ana", "2026-01-02T03:04:05.0000000Z", "not a company"),
            (request.StringParameter("id"), request.StringParameter("kind"), request.StringParameter("entity"), request.StringParameter("other"),
                request.StringParameter("type"), request.StringParameter("analyst"), request.StringParameter("at"), request.StringParameter("note")));
    }

    [Fact]
    public async Task GetCurationAsync_Rows_ReadBackAsDecisions()
    {
        var merge = CurationDecision.Create(CurationKind.Merge, new EntityKey("azure"), new EntityKey("microsoft-azure"), null, null, "ana", null, At);
        _server.Respond = r => FileOf(r.Statement) == CypherStatement.GetCuration
            ? (["id", "kind", "entity", "other", "type", "value", "analyst", "at", "note"],
                [[merge.Id, "merge", "azure", "microsoft-azure", null, null, "ana", "2026-01-02T03:04:05.0000000Z", null]])
            : ([], []);
        await using var host = new Neo4jTestHost(_server.BaseUri);

        var decisions = await host.Store.GetCurationAsync(Ct);

        Assert.Equal([merge], decisions);
    }

    [Fact]
    public async Task AddNeo4jGraphStore_Registered_GraphStoreIsTheCuratedViewOverNeo4j()
    {
        await using var host = new Neo4jTestHost(_server.BaseUri);

        var store = host.Services.GetRequiredService<IGraphStore>();

        Assert.Same(host.Store, Assert.IsType<CuratedGraphStore>(store).Inner);
    }

    [Fact]
    public async Task RemoveCurationAsync_UnknownId_IsFalse()
    {
        _server.Respond = r => FileOf(r.Statement) == CypherStatement.RemoveCuration ? (["removed"], [[0]]) : ([], []);
        await using var host = new Neo4jTestHost(_server.BaseUri);

        Assert.False(await host.Store.RemoveCurationAsync("c-unknown", Ct));
        Assert.Equal("c-unknown", _server.Requests.Single(r => FileOf(r.Statement) == CypherStatement.RemoveCuration).StringParameter("id"));
    }

    private static string? FileOf(string? statement) =>
        CypherFiles.Names.FirstOrDefault(n => n != CypherStatement.Schema && CypherFiles.Get(n) == statement);
}
