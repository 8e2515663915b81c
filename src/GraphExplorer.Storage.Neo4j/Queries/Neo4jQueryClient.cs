using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Storage.Neo4j.Queries;

/// <summary>
/// Runs Cypher over Neo4j's HTTP Query API: <c>POST /db/{database}/query/v2</c> for a statement in its own
/// transaction, <c>/db/{database}/query/v2/tx</c> for explicit transactions. A typed <see cref="HttpClient"/>
/// (registered by <c>AddNeo4jGraphStore</c>, with the standard resilience handler for transport faults).
/// </summary>
public sealed class Neo4jQueryClient
{
    /// <summary>The response header that pins an explicit transaction to the cluster member that holds it.</summary>
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _httpClient;
    private readonly string _queryPath;
    private readonly AuthenticationHeaderValue? _authorization;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="httpClient">The client; its base address is set from <see cref="Neo4jGraphStoreOptions.Uri"/> when it has none.</param>
    /// <param name="options">The connection options (URI, database, credentials).</param>
    public Neo4jQueryClient(HttpClient httpClient, IOptions<Neo4jGraphStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _httpClient = httpClient;
        _httpClient.BaseAddress ??= WithTrailingSlash(Neo4jUris.WithoutCredentials(settings.Uri));
        _queryPath = $"db/{Uri.EscapeDataString(settings.Database)}/query/v2";
        if (!string.IsNullOrEmpty(settings.User) && settings.Password is not null)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.User}:{settings.Password}"));
            _authorization = new AuthenticationHeaderValue("Basic", token);
        }
    }

    /// <summary>Runs one statement in its own transaction (committed when it succeeds).</summary>
    /// <param name="statement">The Cypher statement; values go in <paramref name="parameters"/>, never into its text.</param>
    /// <param name="parameters">The statement's parameters: strings, numbers, booleans, nulls, lists and dictionaries of them.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What the statement returned.</returns>
    /// <exception cref="Neo4jQueryException">Neo4j refused the statement (<c>errors[].code</c>).</exception>
    /// <exception cref="HttpRequestException">Neo4j could not be reached, or answered an error status without a Neo4j error.</exception>
    public Task<Neo4jQueryResult> ExecuteAsync(
        string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        return SendAsync(HttpMethod.Post, null, new QueryRequest(statement, parameters), null, cancellationToken);
    }

    /// <summary>
    /// Runs one statement in a read transaction (<c>"accessMode": "Read"</c>): Neo4j refuses any write in it, so
    /// ad-hoc queries cannot change the graph.
    /// </summary>
    /// <param name="statement">The Cypher statement; values go in <paramref name="parameters"/>.</param>
    /// <param name="parameters">The statement's parameters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What the statement returned.</returns>
    /// <exception cref="Neo4jQueryException">Neo4j refused the statement, e.g. a write in read mode.</exception>
    /// <exception cref="HttpRequestException">Neo4j could not be reached.</exception>
    public Task<Neo4jQueryResult> ExecuteReadAsync(
        string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        return SendAsync(HttpMethod.Post, null, new QueryRequest(statement, parameters, "Read"), null, cancellationToken);
    }

    /// <summary>Opens an explicit transaction, for writes that span several statements.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open transaction; dispose it to roll back unless committed.</returns>
    /// <exception cref="Neo4jQueryException">Neo4j refused to open one.</exception>
    /// <exception cref="HttpRequestException">Neo4j could not be reached, or its answer named no transaction.</exception>
    public async Task<Neo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        using var request = CreateRequest(HttpMethod.Post, "tx", null, null);
        using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        using var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        if (body?.RootElement is { ValueKind: JsonValueKind.Object } root
            && root.TryGetProperty("transaction", out var transaction)
            && transaction.TryGetProperty("id", out var id)
            && id.GetString() is { Length: > 0 } transactionId)
        {
            var affinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new Neo4jTransaction(this, transactionId, affinity);
        }

        throw new HttpRequestException($"Neo4j answered {(int)response.StatusCode} to opening a transaction without naming one.", null, response.StatusCode);
    }

    internal async Task<Neo4jQueryResult> SendAsync(
        HttpMethod method, string? subPath, QueryRequest? query, string? clusterAffinity, CancellationToken cancellationToken)
    {
        using var request = CreateRequest(method, subPath, query, clusterAffinity);
        using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        using var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        return body is null ? Neo4jQueryResult.Empty : Neo4jQueryResult.Parse(body.RootElement);
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, string? subPath, QueryRequest? query, string? clusterAffinity)
    {
        var request = new HttpRequestMessage(method, subPath is null ? _queryPath : $"{_queryPath}/{subPath}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _authorization;
        if (clusterAffinity is not null)
        {
            request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, clusterAffinity);
        }

        if (query is not null)
        {
            // Buffered (not streamed) so that the resilience handler can send it again.
            var json = JsonSerializer.SerializeToUtf8Bytes(query, SerializerOptions);
            request.Content = new ByteArrayContent(json);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        return request;
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsolutePath.EndsWith('/') ? uri : new UriBuilder(uri) { Path = uri.AbsolutePath + "/" }.Uri;

    /// <summary>Reads the body; throws <see cref="Neo4jQueryException"/> for <c>errors[]</c>, <see cref="HttpRequestException"/> for other failures.</summary>
    private static async Task<JsonDocument?> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        JsonDocument? body = null;
        if (bytes.Length > 0)
        {
            try
            {
                body = JsonDocument.Parse(bytes);
            }
            catch (JsonException) when (!response.IsSuccessStatusCode)
            {
                // An error page from a proxy or a server that is starting: reported by status below.
            }
        }

        if (body?.RootElement is { ValueKind: JsonValueKind.Object } root
            && root.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array
            && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
            body.Dispose();
            throw new Neo4jQueryException(code ?? "Neo.DatabaseError.General.UnknownError", message ?? string.Empty, response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            body?.Dispose();
            throw new HttpRequestException(
                $"Neo4j answered {(int)response.StatusCode} {response.ReasonPhrase} to {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}.",
                null,
                response.StatusCode);
        }

        return body;
    }
}
