namespace GraphExplorer.Api.Cypher;

/// <summary>
/// Runs ad-hoc Cypher read-only, for <c>POST /api/cypher</c>. Only a Neo4j-backed host registers one; without
/// it the endpoint answers 409 saying the embedded store has no Cypher. Independent of GraphExplorer.Core so a
/// store can implement it without the API's other types.
/// </summary>
public interface IReadOnlyCypherRunner
{
    /// <summary>Runs one statement in a read-only transaction (Neo4j's READ access mode), never a write.</summary>
    /// <param name="query">The statement, its parameters and the limits to honour.</param>
    /// <param name="cancellationToken">Cancelled when the time limit passes or the client goes away.</param>
    /// <returns>The columns and at most <see cref="CypherQuery.MaxRows"/> rows.</returns>
    /// <exception cref="CypherRejectedException">The database refused the statement (syntax, a write, a missing label).</exception>
    Task<CypherResult> RunAsync(CypherQuery query, CancellationToken cancellationToken = default);
}
