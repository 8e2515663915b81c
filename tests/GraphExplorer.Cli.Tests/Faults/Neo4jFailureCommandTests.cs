using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GraphExplorer.Cli.Tests.Faults;

/// <summary>Neo4j misconfigured, unreachable or refusing: exit 1 and one line naming the cause, never a stack trace or a password.</summary>
public sealed class Neo4jFailureCommandTests
{
    private const string Password = "hunter2-secret-pw";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Environment(string uri) => new()
    {
        ["NEO4J_URI"] = uri,
        ["NEO4J_PASSWORD"] = "from-the-environment",
        ["Neo4j__MaxRetryAttempts"] = "1",
        ["Neo4j__RetryDelay"] = "00:00:00.010",
        ["Neo4j__RequestTimeout"] = "00:00:05",
    };

    private static void AssertOneErrorLine(int exitCode, string stderr, string cause)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(1, exitCode);
        var line = Assert.Single(lines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(cause, line, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a uri", "NEO4J_URI 'not a uri' is not a URI")]
    [InlineData("http://[::1", "NEO4J_URI 'http://[::1' is not a URI")]
    [InlineData("bolt://", "Neo4j's URI must be its HTTP endpoint")]
    [InlineData("localhost:7474", "Neo4j's URI must be its HTTP endpoint")]
    [InlineData("bolt://localhost:7687", "Neo4j's URI must be its HTTP endpoint")]
    [InlineData("http://neo4j:" + Password + "@[::1", "NEO4J_URI 'http://***@[::1' is not a URI")]
    public async Task Stats_MalformedNeo4jUri_ExitsOneWithOneLine(string uri, string cause)
    {
        var (exitCode, stderr) = await CliProcess.RunAsync(["stats", "--store", "neo4j"], Environment(uri), Token);

        AssertOneErrorLine(exitCode, stderr, cause);
    }

    [Fact]
    public async Task Stats_Neo4jUnreachable_ExitsOneWithOneLine()
    {
        var port = FreePort();

        var (exitCode, stderr) = await CliProcess.RunAsync(["stats", "--store", "neo4j"], Environment($"http://neo4j:{Password}@127.0.0.1:{port}"), Token);

        AssertOneErrorLine(exitCode, stderr, "Neo4j could not be reached");
    }

    [Fact]
    public async Task Stats_Neo4jAnswers401_ExitsOneNamingTheCredentialsAndUsedTheUriCredentials()
    {
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var authorization = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                var context = await listener.GetContextAsync();
                authorization.TrySetResult(context.Request.Headers["Authorization"]);
                var body = Encoding.UTF8.GetBytes("""{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}""");
                context.Response.StatusCode = 401;
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        }, Token);

        var (exitCode, stderr) = await CliProcess.RunAsync(["stats", "--store", "neo4j"], Environment($"http://alice:{Password}@127.0.0.1:{port}"), Token);

        AssertOneErrorLine(exitCode, stderr, "Neo4j refused the credentials");
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"alice:{Password}")), await authorization.Task.WaitAsync(Token));
    }

    [Theory]
    [InlineData("http://[::1", 2, "--store 'http://[::1' is not a valid URI")]
    [InlineData("bolt://localhost:7687", 2, "scheme 'bolt' is not supported")]
    public async Task Stats_MalformedStoreUri_IsAUsageErrorWithOneLine(string store, int expected, string cause)
    {
        var run = await CliRun.RunAsync("stats", "--store", store);

        Assert.Equal(expected, run.ExitCode);
        Assert.Contains(cause, Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
