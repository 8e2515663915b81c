using System.Text.Json;
using GraphExplorer.Api.Cypher;
using GraphExplorer.Storage.Neo4j.Queries;

namespace GraphExplorer.Cli.Hosting;

/// <summary>
/// Runs the API's ad-hoc Cypher on Neo4j in a read transaction, with the request's time limit, keeping at most
/// its row limit: the bridge between the API (which knows nothing of Neo4j) and the Query API client.
/// </summary>
/// <param name="client">The Query API client.</param>
internal sealed class Neo4jCypherRunner(Neo4jQueryClient client) : IReadOnlyCypherRunner
{
    public async Task<CypherResult> RunAsync(CypherQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(query.Timeout);
        var parameters = query.Parameters.ToDictionary(p => p.Key, p => (object?)p.Value);
        var result = await client.ExecuteReadAsync(query.Statement, parameters, timeout.Token).ConfigureAwait(false);
        var rows = result.Records.Take(query.MaxRows).Select(r => (IReadOnlyList<JsonElement>)r.Values).ToArray();
        return new CypherResult(result.Fields, rows, result.Records.Count > query.MaxRows);
    }
}
