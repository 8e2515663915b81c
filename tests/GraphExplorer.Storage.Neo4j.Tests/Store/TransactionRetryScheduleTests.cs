using GraphExplorer.Storage.Neo4j.Queries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polly.Registry;

namespace GraphExplorer.Storage.Neo4j.Tests.Store;

public sealed class TransactionRetryScheduleTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Keeps the retry warnings (event 5004) with their delay.</summary>
    private sealed class RetryLog : ILoggerProvider, ILogger
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == 5004)
            {
                lock (Messages)
                {
                    Messages.Add(formatter(state, exception));
                }
            }
        }

        public void Dispose()
        {
        }
    }

    private static IHost CreateHost(FakeTimeProvider time, RetryLog log, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Logging.AddProvider(log);
        builder.AddNeo4jGraphStore("neo4j", o =>
        {
            o.RetryDelay = TimeSpan.FromMinutes(1);
            o.MaxRetryAttempts = 4;
            o.RetryJitter = false;
        });
        return builder.Build();
    }

    [Fact]
    public async Task TransactionPipeline_TransientErrors_RetriesOnTheHostClockWithTheExactExponentialSchedule()
    {
        var time = new FakeTimeProvider();
        var log = new RetryLog();
        using var host = CreateHost(time, log);
        var pipeline = host.Services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(Neo4jGraphStore.TransactionPipelineName);
        var attempts = new List<DateTimeOffset>();

        var run = pipeline.ExecuteAsync(
            _ =>
            {
                lock (attempts)
                {
                    attempts.Add(time.GetUtcNow());
                }

                throw new Neo4jQueryException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
            },
            Token).AsTask();
        while (!run.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(30)); // Fake minutes pass; no real time is waited for.
            await Task.Delay(1, Token);
        }

        await Assert.ThrowsAsync<Neo4jQueryException>(() => run);
        Assert.Equal(5, attempts.Count);
        Assert.Equal(
            ["00:01:00", "00:02:00", "00:04:00", "00:08:00"],
            log.Messages.Select(m => m[(m.LastIndexOf("in ", StringComparison.Ordinal) + 3)..].TrimEnd(')')));
        Assert.True(attempts[^1] - attempts[0] >= TimeSpan.FromMinutes(15), $"{attempts[^1] - attempts[0]}");
    }

    [Fact]
    public async Task TransactionPipeline_ClientError_IsNotRetried()
    {
        var time = new FakeTimeProvider();
        using var host = CreateHost(time, new RetryLog());
        var pipeline = host.Services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(Neo4jGraphStore.TransactionPipelineName);
        var attempts = 0;

        await Assert.ThrowsAsync<Neo4jQueryException>(() => pipeline.ExecuteAsync(
            _ =>
            {
                attempts++;
                throw new Neo4jQueryException("Neo.ClientError.Statement.SyntaxError", "bad");
            },
            Token).AsTask());

        Assert.Equal(1, attempts);
    }

    [Fact]
    public void Options_CredentialsInTheUri_AreUsedAndRemovedFromTheUri()
    {
        using var host = CreateHost(new FakeTimeProvider(), new RetryLog(), ("NEO4J_URI", "http://alice:p%40ss%3Aword@db.example:7474"), ("NEO4J_USER", "bob"));

        var options = host.Services.GetRequiredService<IOptions<Neo4jGraphStoreOptions>>().Value;

        Assert.Equal(("http://db.example:7474/", "alice", "p@ss:word"), (options.Uri.ToString(), options.User, options.Password));
    }

    [Theory]
    [InlineData("not a uri")]
    [InlineData("http://[::1")]
    public void Options_NotAUri_FailsNamingTheVariable(string uri)
    {
        using var host = CreateHost(new FakeTimeProvider(), new RetryLog(), ("NEO4J_URI", uri));

        var exception = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<IOptions<Neo4jGraphStoreOptions>>().Value);

        Assert.Equal($"NEO4J_URI '{uri}' is not a URI: give Neo4j's HTTP endpoint, e.g. http://localhost:7474.", exception.Message);
    }
}
