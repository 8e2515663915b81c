namespace GraphExplorer.Storage.Neo4j.Queries;

/// <summary>
/// An explicit transaction of the Query API (<c>/db/{database}/query/v2/tx/{id}</c>): statements run in it see
/// each other's writes, and nothing is visible to others until <see cref="CommitAsync"/>. Disposing a transaction
/// that was neither committed nor rolled back rolls it back.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;
    private bool _completed;

    internal Neo4jTransaction(Neo4jQueryClient client, string id, string? clusterAffinity)
    {
        _client = client;
        Id = id;
        ClusterAffinity = clusterAffinity;
    }

    /// <summary>The transaction's id, as Neo4j assigned it.</summary>
    public string Id { get; }

    /// <summary>The <c>neo4j-cluster-affinity</c> header Neo4j returned, sent back with every request of the transaction.</summary>
    public string? ClusterAffinity { get; }

    /// <summary>Runs a statement in the transaction.</summary>
    /// <param name="statement">The Cypher statement; values go in <paramref name="parameters"/>, never into its text.</param>
    /// <param name="parameters">The statement's parameters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What the statement returned.</returns>
    /// <exception cref="Neo4jQueryException">Neo4j refused the statement (it then rolls the transaction back).</exception>
    /// <exception cref="HttpRequestException">Neo4j could not be reached or answered without a Neo4j error.</exception>
    /// <exception cref="InvalidOperationException">The transaction was already committed or rolled back.</exception>
    public Task<Neo4jQueryResult> ExecuteAsync(
        string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        ThrowIfCompleted();
        return _client.SendAsync(HttpMethod.Post, $"tx/{Uri.EscapeDataString(Id)}", new QueryRequest(statement, parameters), ClusterAffinity, cancellationToken);
    }

    /// <summary>Commits the transaction.</summary>
    /// <param name="cancellationToken">Cancels the call; whether the commit happened is then unknown.</param>
    /// <returns>The commit's result, with its bookmarks.</returns>
    /// <exception cref="Neo4jQueryException">Neo4j refused the commit.</exception>
    /// <exception cref="HttpRequestException">Neo4j could not be reached.</exception>
    public async Task<Neo4jQueryResult> CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfCompleted();
        _completed = true;
        return await _client.SendAsync(HttpMethod.Post, $"tx/{Uri.EscapeDataString(Id)}/commit", null, ClusterAffinity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rolls the transaction back.</summary>
    /// <param name="cancellationToken">Cancels the call; Neo4j rolls back an idle transaction by itself after its timeout.</param>
    /// <returns>A task that completes when Neo4j has answered.</returns>
    /// <exception cref="Neo4jQueryException">Neo4j refused (e.g. it had already rolled the transaction back).</exception>
    /// <exception cref="HttpRequestException">Neo4j could not be reached.</exception>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        await _client.SendAsync(HttpMethod.Delete, $"tx/{Uri.EscapeDataString(Id)}", null, ClusterAffinity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rolls back unless committed or rolled back already; failures are ignored (Neo4j times the transaction out).</summary>
    /// <returns>A task that completes when the rollback was attempted.</returns>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Neo4jQueryException or HttpRequestException or OperationCanceledException)
        {
            // The transaction is gone or unreachable: Neo4j rolls back idle transactions after its timeout.
        }
    }

    private void ThrowIfCompleted()
    {
        if (_completed)
        {
            throw new InvalidOperationException($"Transaction {Id} was already committed or rolled back.");
        }
    }
}
