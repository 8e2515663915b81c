using System.Text.Json;
using GraphExplorer.Api.Cypher;
using GraphExplorer.Storage.Neo4j.Queries;

namespace GraphExplorer.Cli.Hosting;

/// <summary>
/// Runs the API's ad-hoc Cypher on Neo4j, the bridge between the API (which knows nothing of Neo4j) and the Query API
/// client. The API has screened the statement already; here Neo4j itself is asked first: the statement is planned
/// with <c>EXPLAIN</c> in a read transaction and refused unless the plan only reads (<see cref="Neo4jQueryPlan"/>),
/// then it runs in a read transaction (<c>accessMode: Read</c>) with the request's time limit, keeping at most its row
/// limit. Neo4j's own refusals (syntax, a write in read mode, a transaction timeout) become <see cref="CypherRejectedException"/>.
/// </summary>
/// <param name="client">The Query API client.</param>
internal sealed class Neo4jCypherRunner(Neo4jQueryClient client) : IReadOnlyCypherRunner
{
    /// <summary>The code of the refusal when the plan is not read-only.</summary>
    public const string PlanNotReadOnlyCode = "GraphExplorer.Cypher.PlanNotReadOnly";

    public async Task<CypherResult> RunAsync(CypherQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(query.Timeout);
        var parameters = query.Parameters.ToDictionary(p => p.Key, p => (object?)p.Value);
        try
        {
            // A line break, not a space: a statement that opens with a // comment stays a comment.
            var explained = await client.ExecuteReadAsync("EXPLAIN\n" + query.Statement, parameters, timeout.Token).ConfigureAwait(false);
            if (Neo4jQueryPlan.FindWrite(explained.Plan ?? default) is { } write)
            {
                throw new CypherRejectedException(PlanNotReadOnlyCode, $"Neo4j's plan for the statement is not read-only: {write}");
            }

            var result = await client.ExecuteReadAsync(query.Statement, parameters, timeout.Token).ConfigureAwait(false);
            var rows = result.Records.Take(query.MaxRows).Select(r => (IReadOnlyList<JsonElement>)r.Values).ToArray();
            return new CypherResult(result.Fields, rows, result.Records.Count > query.MaxRows);
        }
        catch (Neo4jQueryException ex) when (!ex.IsTransient)
        {
            var prefix = ex.Code + ": ";
            throw new CypherRejectedException(ex.Code, ex.Message.StartsWith(prefix, StringComparison.Ordinal) ? ex.Message[prefix.Length..] : ex.Message);
        }
    }
}
