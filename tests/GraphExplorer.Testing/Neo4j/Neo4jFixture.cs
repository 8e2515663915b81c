using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace GraphExplorer.Testing.Neo4j;

/// <summary>
/// A Neo4j for integration tests: the one at <c>NEO4J_URI</c> when that is set (with <c>NEO4J_USER</c>,
/// <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>), else a <c>neo4j:5.26-community</c> container started the way
/// Testcontainers' <c>Neo4jBuilder.Init()</c> does (no auth, wait for HTTP 7474). Without either it does not throw:
/// <see cref="IsAvailable"/> is false and <see cref="SkipReason"/> says why, and every test opens with
/// <c>Assert.SkipUnless(fixture.IsAvailable, fixture.SkipReason)</c>.
/// </summary>
/// <remarks>Tests delete every Entity and Document node of the database they are given.</remarks>
public sealed class Neo4jFixture : IAsyncLifetime
{
    /// <summary>The image, pinned by tag (the one docker-compose.yml runs).</summary>
    public const string Image = "neo4j:5.26-community";

    /// <summary>Neo4j's HTTP port inside the container.</summary>
    public const ushort HttpPort = 7474;

    /// <summary>How long the container may take to start before the tests are skipped.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private IContainer? _container;

    /// <summary>Whether a Neo4j is reachable for the tests.</summary>
    public bool IsAvailable { get; private set; }

    /// <summary>Why no Neo4j is available (empty when one is).</summary>
    public string SkipReason { get; private set; } = string.Empty;

    /// <summary>The Neo4j HTTP endpoint.</summary>
    public Uri Uri { get; private set; } = new("http://localhost:7474");

    /// <summary>The user, or null for a Neo4j without auth.</summary>
    public string? User { get; private set; }

    /// <summary>The password, or null for a Neo4j without auth.</summary>
    public string? Password { get; private set; }

    /// <summary>The database the tests use.</summary>
    public string Database { get; private set; } = "neo4j";

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri)
        {
            Uri = new Uri(uri);
            User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j";
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j";
            IsAvailable = true;
            return;
        }

        if (!DockerLooksReachable(out var why))
        {
            SkipReason = $"No Neo4j: NEO4J_URI is not set and {why}. Set NEO4J_URI=http://host:7474 or run Docker (see docs/neo4j.md).";
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(StartTimeout);
            _container = new ContainerBuilder(Image)
                .WithPortBinding(HttpPort, assignRandomHostPort: true)
                .WithEnvironment("NEO4J_AUTH", "none")
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPath("/").ForPort(HttpPort)))
                .Build();
            await _container.StartAsync(timeout.Token);
            Uri = new UriBuilder(Uri.UriSchemeHttp, _container.Hostname, _container.GetMappedPublicPort(HttpPort)).Uri;
            IsAvailable = true;
        }
        catch (Exception ex)
        {
            SkipReason = $"No Neo4j: NEO4J_URI is not set and the {Image} container did not start ({ex.GetType().Name}: {ex.Message}).";
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    /// <summary>A quick look for a Docker engine, so that a machine without one skips at once instead of waiting.</summary>
    private static bool DockerLooksReachable(out string why)
    {
        if (Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 })
        {
            why = string.Empty;
            return true;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string[] sockets =
        [
            "/var/run/docker.sock",
            Path.Combine(Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR") ?? "/nonexistent", "docker.sock"),
            Path.Combine(home, ".docker", "run", "docker.sock"),
        ];
        if (OperatingSystem.IsWindows() || sockets.Any(File.Exists))
        {
            why = string.Empty;
            return true;
        }

        why = "Docker is not reachable (DOCKER_HOST is unset and no docker.sock exists)";
        return false;
    }
}
