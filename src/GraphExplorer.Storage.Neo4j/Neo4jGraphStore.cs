using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.Cypher;
using GraphExplorer.Storage.Neo4j.Queries;
using GraphExplorer.Storage.Neo4j.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace GraphExplorer.Storage.Neo4j;

/// <summary>
/// <see cref="IGraphStore"/> over Neo4j 5's HTTP Query API. Graph model: <c>(:Entity {key, name, type, aliases, ..})</c>
/// joined by INVESTS_IN, BUILT_ON, COMPETES_WITH, SUPPLIES_COMPUTE_TO and DEVELOPS relationships whose evidence is
/// stored on the relationship as parallel lists keyed by an id hashed from doc+line+quote; <c>(:Document {path,
/// contentHash})-[:MENTIONS]-&gt;(:Entity)</c> records what each document says about each entity. Every statement
/// comes from the repository's <c>cypher/</c> folder; every value travels as a parameter.
/// </summary>
/// <remarks>
/// A document is written in one explicit transaction (its old contributions detached, its rows merged in
/// <c>UNWIND $rows</c> batches, its entities refreshed), retried as a whole on <c>Neo.TransientError.*</c>: every
/// statement merges on unique keys, so a retry or a re-run never duplicates and never loses.
/// </remarks>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    /// <summary>The name of the resilience pipeline that retries a document's transaction.</summary>
    public const string TransactionPipelineName = "GraphExplorer.Neo4j.Transaction";

    private readonly Neo4jQueryClient _client;
    private readonly Neo4jGraphStoreOptions _options;
    private readonly ResiliencePipeline _transactionPipeline;
    private readonly ILogger<Neo4jGraphStore> _logger;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="client">The Query API client.</param>
    /// <param name="options">The options (batch size).</param>
    /// <param name="pipelines">The resilience pipelines; <see cref="TransactionPipelineName"/> wraps each document's transaction.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="timeProvider">Paces the writer lock's renewals; the system clock when <see langword="null"/>.</param>
    public Neo4jGraphStore(
        Neo4jQueryClient client,
        IOptions<Neo4jGraphStoreOptions> options,
        ResiliencePipelineProvider<string> pipelines,
        ILogger<Neo4jGraphStore> logger,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pipelines);
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _options = options.Value;
        _transactionPipeline = pipelines.GetPipeline(TransactionPipelineName);
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var statements = CypherFiles.GetAll(CypherStatement.Schema);
        foreach (var statement in statements)
        {
            await _client.ExecuteAsync(statement, null, cancellationToken).ConfigureAwait(false);
        }

        _logger.SchemaApplied(_options.Uri, _options.Database, statements.Count);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A relationship names an entity the document does not list, or carries another document's evidence.</exception>
    /// <exception cref="Neo4jQueryException">Neo4j refused the write (transient errors are retried first).</exception>
    /// <exception cref="HttpRequestException">Neo4j could not be reached (after the HTTP retries).</exception>
    public async Task WriteDocumentAsync(DocumentGraph document, CancellationToken cancellationToken = default)
    {
        var plan = DocumentWritePlan.Create(document);
        var statements = await _transactionPipeline.ExecuteAsync(
            async (state, token) => await state.Store.WriteOnceAsync(state.Plan, state.ContentHash, token).ConfigureAwait(false),
            (Store: this, Plan: plan, document.ContentHash),
            cancellationToken).ConfigureAwait(false);
        _logger.DocumentWritten(plan.Document, plan.EntityRows.Count, plan.RelationshipRows.Count, statements);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveDocumentAsync(string source, string document, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(document);
        var key = new DocumentKey(source, document).Value;
        var removed = await _transactionPipeline.ExecuteAsync(
            async (state, token) => await state.Store.RemoveOnceAsync(state.Key, token).ConfigureAwait(false),
            (Store: this, Key: key),
            cancellationToken).ConfigureAwait(false);
        _logger.DocumentRemoved(key, removed);
        return removed;
    }

    /// <summary>Deletes every entity and document (for tests and re-imports); the schema stays.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the graph is empty.</returns>
    public async Task ClearAsync(CancellationToken cancellationToken = default) =>
        await _client.ExecuteAsync(CypherFiles.Get(CypherStatement.ClearGraph), null, cancellationToken).ConfigureAwait(false);

    private async Task<int> WriteOnceAsync(DocumentWritePlan plan, string contentHash, CancellationToken cancellationToken)
    {
        await using var transaction = await _client.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var (previous, statements) = await DetachAsync(transaction, plan.Document, cancellationToken).ConfigureAwait(false);

        await transaction.ExecuteAsync(
            CypherFiles.Get(CypherStatement.WriteDocument),
            new Dictionary<string, object?>
            {
                ["doc"] = plan.Document,
                ["contentHash"] = contentHash,
                ["text"] = plan.Text,
                ["date"] = plan.Date,
                ["lineCount"] = plan.LineCount,
            },
            cancellationToken).ConfigureAwait(false);
        statements++;
        foreach (var batch in plan.EntityRows.Chunk(_options.BatchSize))
        {
            await transaction.ExecuteAsync(
                CypherFiles.Get(CypherStatement.WriteDocumentEntities),
                new Dictionary<string, object?> { ["doc"] = plan.Document, ["rows"] = batch },
                cancellationToken).ConfigureAwait(false);
            statements++;
        }

        foreach (var batch in plan.RelationshipRows.Chunk(_options.BatchSize))
        {
            await transaction.ExecuteAsync(
                CypherFiles.Get(CypherStatement.WriteDocumentRelationships),
                new Dictionary<string, object?> { ["rows"] = batch },
                cancellationToken).ConfigureAwait(false);
            statements++;
        }

        statements += await RefreshAsync(transaction, previous.Union(plan.EntityKeys, StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return statements + 1;
    }

    private async Task<bool> RemoveOnceAsync(string document, CancellationToken cancellationToken)
    {
        await using var transaction = await _client.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var (previous, _) = await DetachAsync(transaction, document, cancellationToken).ConfigureAwait(false);
        var result = await transaction.ExecuteAsync(
            CypherFiles.Get(CypherStatement.RemoveDocument),
            new Dictionary<string, object?> { ["doc"] = document },
            cancellationToken).ConfigureAwait(false);
        await RefreshAsync(transaction, previous, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result.Records.Count > 0 && result.Records[0]["removed"].GetInt32() > 0;
    }

    /// <summary>Takes a document's evidence and mentions off the graph; returns the keys it mentioned.</summary>
    private static async Task<(IReadOnlyList<string> Keys, int Statements)> DetachAsync(
        Neo4jTransaction transaction, string document, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["doc"] = document };
        await transaction.ExecuteAsync(CypherFiles.Get(CypherStatement.DetachDocumentEvidence), parameters, cancellationToken).ConfigureAwait(false);
        var mentions = await transaction.ExecuteAsync(CypherFiles.Get(CypherStatement.DetachDocumentMentions), parameters, cancellationToken).ConfigureAwait(false);
        var keys = mentions.Records
            .Select(r => r["key"])
            .Where(k => k.ValueKind == System.Text.Json.JsonValueKind.String)
            .Select(k => k.GetString()!) // A string-kind element always has a string.
            .ToArray();
        return (keys, 2);
    }

    private async Task<int> RefreshAsync(Neo4jTransaction transaction, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var statements = 0;
        foreach (var batch in keys.Distinct(StringComparer.Ordinal).Chunk(_options.BatchSize))
        {
            await transaction.ExecuteAsync(
                CypherFiles.Get(CypherStatement.RefreshEntities),
                new Dictionary<string, object?> { ["keys"] = batch },
                cancellationToken).ConfigureAwait(false);
            statements++;
        }

        return statements;
    }
}
