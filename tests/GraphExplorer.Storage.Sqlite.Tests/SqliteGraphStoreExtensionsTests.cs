using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Storage.Sqlite.Tests;

public sealed class SqliteGraphStoreExtensionsTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AddSqliteGraphStore_SectionOnly_UsesSectionPath()
    {
        var builder = CreateBuilder(("GraphExplorer:Sqlite:Path", _folder.Combine("section.db")));

        builder.AddSqliteGraphStore();

        using var host = builder.Build();
        Assert.Equal(_folder.Combine("section.db"), host.Services.GetRequiredService<SqliteGraphStore>().Path);
    }

    [Theory]
    [InlineData("Data Source={0}")]
    [InlineData("{0}")]
    public void AddSqliteGraphStore_ConnectionString_WinsOverSection(string format)
    {
        var builder = CreateBuilder(
            ("GraphExplorer:Sqlite:Path", _folder.Combine("section.db")),
            ("ConnectionStrings:graph", string.Format(System.Globalization.CultureInfo.InvariantCulture, format, _folder.Combine("conn.db"))));

        builder.AddSqliteGraphStore("graph");

        using var host = builder.Build();
        Assert.Equal(_folder.Combine("conn.db"), host.Services.GetRequiredService<SqliteGraphStore>().Path);
    }

    [Fact]
    public void AddSqliteGraphStore_Delegate_WinsOverConnectionString()
    {
        var builder = CreateBuilder(("ConnectionStrings:graph", _folder.Combine("conn.db")));

        builder.AddSqliteGraphStore("graph", o => o.Path = _folder.Combine("cli.db"));

        using var host = builder.Build();
        Assert.Equal(_folder.Combine("cli.db"), host.Services.GetRequiredService<SqliteGraphStore>().Path);
    }

    [Fact]
    public async Task AddSqliteGraphStore_EmptyPath_HostFailsToStartNamingBothKeys()
    {
        var builder = CreateBuilder(("GraphExplorer:Sqlite:Path", ""));
        builder.AddSqliteGraphStore("graph", o => o.Path = " ");
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("ConnectionStrings:graph", exception.Message, StringComparison.Ordinal);
        Assert.Contains("GraphExplorer:Sqlite:Path", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSqliteGraphStore_ConfigurationAddedAfterTheCall_IsBoundAsAWhole()
    {
        var builder = CreateBuilder();
        builder.AddSqliteGraphStore();

        builder.Configuration.AddInMemoryCollection(
        [
            new("GraphExplorer:Sqlite:Path", _folder.Combine("late.db")),
            new("GraphExplorer:Sqlite:MaxSizeBytes", "1048576"),
            new("GraphExplorer:Sqlite:BusyTimeout", "00:00:07"),
        ]);

        using var host = builder.Build();
        var options = host.Services.GetRequiredService<IOptions<SqliteGraphStoreOptions>>().Value;
        Assert.Equal((_folder.Combine("late.db"), 1048576L, TimeSpan.FromSeconds(7)), (options.Path, options.MaxSizeBytes, options.BusyTimeout));
    }

    [Fact]
    public void AddSqliteGraphStore_RegistersTheStoresReadinessCheck_UnlessDisabled()
    {
        var enabled = CreateBuilder(("GraphExplorer:Sqlite:Path", _folder.Combine("a.db")));
        var disabled = CreateBuilder(("GraphExplorer:Sqlite:Path", _folder.Combine("b.db")), ("GraphExplorer:Sqlite:DisableHealthChecks", "true"));

        enabled.AddSqliteGraphStore();
        disabled.AddSqliteGraphStore();

        Assert.Equal(["graph-store"], HealthCheckNames(enabled));
        Assert.Empty(HealthCheckNames(disabled));
    }

    private static IEnumerable<string> HealthCheckNames(HostApplicationBuilder builder)
    {
        using var host = builder.Build();
        return host.Services.GetRequiredService<IOptions<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckServiceOptions>>().Value.Registrations.Select(r => r.Name).ToArray();
    }

    [Fact]
    public async Task AddSqliteGraphStore_BusyTimeoutOutOfRange_HostFailsToStart()
    {
        var builder = CreateBuilder();
        builder.AddSqliteGraphStore(configureOptions: o =>
        {
            o.Path = _folder.Combine("graph.db");
            o.BusyTimeout = TimeSpan.Zero;
        });
        using var host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains(nameof(SqliteGraphStoreOptions.BusyTimeout), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSqliteGraphStore_Registered_TraversalServiceAnswersOverTheStore()
    {
        var builder = CreateBuilder();
        builder.AddSqliteGraphStore(configureOptions: o => o.Path = _folder.Combine("graph.db"));
        using var host = builder.Build();
        var store = host.Services.GetRequiredService<IGraphStore>();
        await store.WriteDocumentAsync(new DocumentGraphBuilder("a.md").Edge("NVIDIA", RelationshipType.SuppliesComputeTo, "OpenAI").Build(), Ct);

        var result = await host.Services.GetRequiredService<ITraversalService>()
            .ExecuteAsync(new TraversalRequest("dependents-of", "nvidia"), Ct);

        var curated = Assert.IsType<CuratedGraphStore>(store);
        Assert.Same(curated.Inner, host.Services.GetRequiredService<SqliteGraphStore>());
        Assert.Same(curated, host.Services.GetRequiredService<ICurationStore>());
        Assert.Equal(["OpenAI"], result.Rows.Select(r => r.Entity.Name));
    }

    private static HostApplicationBuilder CreateBuilder(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        return builder;
    }
}
