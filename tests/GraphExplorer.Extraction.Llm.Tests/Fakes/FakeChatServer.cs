using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphExplorer.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace GraphExplorer.Extraction.Llm.Tests.Fakes;

/// <summary>
/// An OpenAI-compatible chat endpoint played by Kestrel on 127.0.0.1: <c>POST /v1/chat/completions</c>, answering
/// with <see cref="Script"/> first (one reply per request, in order), then with <see cref="Respond"/>. Records every
/// request and signals each arrival, so tests wait for requests instead of sleeping.
/// </summary>
internal sealed class FakeChatServer : IAsyncDisposable
{
    private readonly SemaphoreSlim _arrived = new(0);
    private LoopbackServer? _loopback;

    public ConcurrentQueue<FakeChatRequest> Requests { get; } = new();

    public ConcurrentQueue<FakeChatReply> Script { get; } = new();

    /// <summary>The reply once the script is used up, from the user message (default: no relations).</summary>
    public Func<string, FakeChatReply> Respond { get; set; } = _ => FakeChatReply.Answer("""{"relations":[],"entities":[]}""");

    /// <summary>The base URL to configure, ending in <c>/v1</c>.</summary>
    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/v1");

    public static async Task<FakeChatServer> StartAsync(CancellationToken cancellationToken)
    {
        var server = new FakeChatServer();
        server._loopback = await LoopbackServer.StartAsync(server.HandleAsync, cancellationToken);
        server.Endpoint = new Uri(server._loopback.BaseUri, "v1");
        return server;
    }

    /// <summary>Waits until <paramref name="count"/> more requests have arrived.</summary>
    public async Task WaitForRequestsAsync(int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            await _arrived.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_loopback is not null)
        {
            await _loopback.DisposeAsync();
        }

        _arrived.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var messages = body.RootElement.GetProperty("messages").EnumerateArray().ToArray();
        string? Message(string role) => messages.Where(m => m.GetProperty("role").GetString() == role)
            .Select(m => m.GetProperty("content").ValueKind == JsonValueKind.String ? m.GetProperty("content").GetString() : m.GetProperty("content").ToString())
            .FirstOrDefault();
        var user = Message("user") ?? string.Empty;
        Requests.Enqueue(new FakeChatRequest(
            context.Request.Path.Value ?? string.Empty,
            body.RootElement.TryGetProperty("model", out var model) ? model.GetString() : null,
            Message("system"),
            user,
            context.Request.Headers.Authorization.FirstOrDefault()));
        var reply = Script.TryDequeue(out var scripted) ? scripted : Respond(user);
        _arrived.Release();

        switch (reply.Kind)
        {
            case FakeChatReplyKind.Drop:
                context.Abort();
                return;
            case FakeChatReplyKind.Hang:
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }

                return;
            case FakeChatReplyKind.Status:
                context.Response.StatusCode = reply.StatusCode;
                if (reply.RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await context.Response.WriteAsJsonAsync(new { error = new { message = reply.Content, type = "fake" } });
                return;
            default:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(Completion(reply.Content).ToJsonString(), context.RequestAborted);
                return;
        }
    }

    private static JsonObject Completion(string content) => new()
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = "fake-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["completion_tokens"] = 1, ["total_tokens"] = 2 },
    };
}
