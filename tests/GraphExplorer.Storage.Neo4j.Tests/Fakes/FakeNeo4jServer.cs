using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using GraphExplorer.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace GraphExplorer.Storage.Neo4j.Tests.Fakes;

/// <summary>
/// Neo4j's HTTP Query API as documented, played by Kestrel on 127.0.0.1: <c>POST /db/{db}/query/v2</c>, explicit
/// transactions under <c>/db/{db}/query/v2/tx</c>, plain JSON <c>data.fields</c>/<c>data.values</c>, errors as
/// <c>errors[].code</c>/<c>message</c>. It records every request and every committed transaction, answers with
/// <see cref="Respond"/>, and injects <see cref="Faults"/> before processing a request.
/// </summary>
internal sealed class FakeNeo4jServer : IAsyncDisposable
{
    public const string Affinity = "fake-member-1";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeTransaction> _open = [];
    private LoopbackServer? _loopback;
    private int _ordinal;
    private int _transactions;

    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    public List<FakeTransaction> Committed { get; } = [];

    public List<FakeTransaction> Abandoned { get; } = [];

    public List<FakeFault> Faults { get; } = [];

    /// <summary>The answer to a statement: fields and rows (default: none).</summary>
    public Func<FakeRequest, (string[] Fields, object?[][] Values)> Respond { get; set; } = _ => ([], []);

    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    public static async Task<FakeNeo4jServer> StartAsync(CancellationToken cancellationToken)
    {
        var server = new FakeNeo4jServer();
        server._loopback = await LoopbackServer.StartAsync(server.HandleAsync, cancellationToken);
        server.BaseUri = server._loopback.BaseUri;
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_loopback is not null)
        {
            await _loopback.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = await ReadAsync(context);
        Requests.Enqueue(request);
        FakeFault? fault;
        lock (_gate)
        {
            fault = Faults.FirstOrDefault(f => f.TryTake(request));
        }

        switch (fault?.Kind)
        {
            case FakeFaultKind.Drop:
                context.Abort();
                return;
            case FakeFaultKind.Status:
                context.Response.StatusCode = fault.StatusCode;
                await context.Response.WriteAsync("Service Unavailable", context.RequestAborted);
                return;
            case FakeFaultKind.Delay:
                try
                {
                    await Task.Delay(fault.Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return; // The client gave up: nothing was processed.
                }

                break;
            case FakeFaultKind.Neo4jError:
                if (request.TransactionId is { } failedId)
                {
                    Abandon(failedId);
                }

                await WriteJsonAsync(context, fault.StatusCode, Error(fault.Code, "Injected by the fake Neo4j."));
                return;
        }

        await ProcessAsync(context, request);
    }

    private async Task ProcessAsync(HttpContext context, FakeRequest request)
    {
        switch (request.Kind)
        {
            case FakeRequestKind.Query:
                await WriteJsonAsync(context, 202, Data(request, bookmarks: true));
                return;
            case FakeRequestKind.Begin:
                string id;
                lock (_gate)
                {
                    id = $"{++_transactions:x8}";
                    _open[id] = new FakeTransaction(id);
                }

                context.Response.Headers["neo4j-cluster-affinity"] = Affinity;
                await WriteJsonAsync(context, 202, new Dictionary<string, object?>
                {
                    ["data"] = new { fields = Array.Empty<string>(), values = Array.Empty<object>() },
                    ["transaction"] = new { id, expiry = "2030-01-01T00:00:30Z" },
                });
                return;
            case FakeRequestKind.Run:
                lock (_gate)
                {
                    if (_open.TryGetValue(request.TransactionId!, out var transaction))
                    {
                        transaction.Statements.Add(request);
                    }
                    else
                    {
                        id = string.Empty;
                        goto NotFound;
                    }
                }

                await WriteJsonAsync(context, 202, Data(request, bookmarks: false));
                return;
            case FakeRequestKind.Commit:
                lock (_gate)
                {
                    if (!_open.Remove(request.TransactionId!, out var transaction))
                    {
                        goto NotFound;
                    }

                    Committed.Add(transaction);
                }

                await WriteJsonAsync(context, 202, new { bookmarks = new[] { $"FB:{request.TransactionId}" } });
                return;
            case FakeRequestKind.Rollback:
                if (!Abandon(request.TransactionId!))
                {
                    goto NotFound;
                }

                await WriteJsonAsync(context, 200, new { });
                return;
            default:
                await WriteJsonAsync(context, 404, Error("Neo.ClientError.Request.Invalid", $"No endpoint {request.Method} {request.Path}."));
                return;
        }

    NotFound:
        await WriteJsonAsync(context, 404, Error("Neo.ClientError.Transaction.TransactionNotFound", $"Transaction {request.TransactionId} not found."));
    }

    private bool Abandon(string id)
    {
        lock (_gate)
        {
            if (!_open.Remove(id, out var transaction))
            {
                return false;
            }

            Abandoned.Add(transaction);
            return true;
        }
    }

    private object Data(FakeRequest request, bool bookmarks)
    {
        var (fields, values) = Respond(request);
        var data = new Dictionary<string, object?> { ["data"] = new { fields, values } };
        if (bookmarks)
        {
            data["bookmarks"] = new[] { "FB:kcwQ" };
        }

        return data;
    }

    private static object Error(string code, string message) => new { errors = new[] { new { code, message } } };

    private static async Task WriteJsonAsync(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body), Encoding.UTF8, context.RequestAborted);
    }

    private async Task<FakeRequest> ReadAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        string? statement = null;
        var parameters = default(JsonElement);
        if (body.Length > 0)
        {
            using var json = JsonDocument.Parse(body);
            statement = json.RootElement.TryGetProperty("statement", out var s) ? s.GetString() : null;
            parameters = json.RootElement.TryGetProperty("parameters", out var p) ? p.Clone() : default;
        }

        var path = context.Request.Path.Value ?? string.Empty;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var (kind, transactionId) = (context.Request.Method, segments) switch
        {
            ("POST", [ "db", _, "query", "v2" ]) => (FakeRequestKind.Query, null),
            ("POST", [ "db", _, "query", "v2", "tx" ]) => (FakeRequestKind.Begin, null),
            ("POST", [ "db", _, "query", "v2", "tx", var id ]) => (FakeRequestKind.Run, id),
            ("POST", [ "db", _, "query", "v2", "tx", var id, "commit" ]) => (FakeRequestKind.Commit, id),
            ("DELETE", [ "db", _, "query", "v2", "tx", var id ]) => (FakeRequestKind.Rollback, id),
            _ => (FakeRequestKind.Other, (string?)null),
        };
        return new FakeRequest(
            Interlocked.Increment(ref _ordinal),
            kind,
            context.Request.Method,
            path,
            transactionId,
            statement,
            parameters,
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.Headers["neo4j-cluster-affinity"].FirstOrDefault(),
            context.Request.ContentType,
            context.Request.Headers.Accept.FirstOrDefault(),
            body);
    }
}
