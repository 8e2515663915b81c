using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Sqlite;
using GraphExplorer.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Ingestion.Worker.Tests;

public sealed class IngestionWorkerTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_GoodFolder_IngestsStopsAndExitsZero()
    {
        _folder.WriteText("docs/a.md", "NVIDIA -SUPPLIES_COMPUTE_TO-> OpenAI\n");
        using var host = CreateHost(_folder.Combine("docs"));

        await host.StartAsync(Ct);
        await host.WaitForShutdownAsync(Ct);

        var run = host.Services.GetRequiredService<IngestionRun>();
        Assert.Equal(IngestionExitCodes.Success, run.ExitCode);
        Assert.Equal(1, run.Summary?.Ingested);
        var stats = await host.Services.GetRequiredService<IGraphStore>().GetStatisticsAsync(Ct);
        Assert.Equal(1, stats.Edges);
    }

    [Fact]
    public async Task Run_FolderWithBadDocument_ExitCodeSaysSkipped()
    {
        _folder.WriteText("docs/a.md", "A -BUILT_ON-> B\n");
        _folder.WriteBytes("docs/bad.md", [0x00]);
        using var host = CreateHost(_folder.Combine("docs"));

        await host.StartAsync(Ct);
        await host.WaitForShutdownAsync(Ct);

        var run = host.Services.GetRequiredService<IngestionRun>();
        Assert.Equal(IngestionExitCodes.DocumentsSkipped, run.ExitCode);
        Assert.Equal("bad.md", Assert.Single(run.Summary!.Skipped).Document);
    }

    [Fact]
    public async Task Start_FolderMissing_FailsValidationNamingFolder()
    {
        using var host = CreateHost(_folder.Combine("missing"));

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains(nameof(IngestionOptions.Folder), exception.Message, StringComparison.Ordinal);
        Assert.Contains(_folder.Combine("missing"), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_FolderNotConfigured_FailsValidation()
    {
        using var host = CreateHost(folder: null);

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains(nameof(IngestionOptions.Folder), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoExtractorRegistered_FailsNamingIDocumentExtractor()
    {
        _folder.WriteText("docs/a.md", "A -BUILT_ON-> B\n");
        using var host = CreateHost(_folder.Combine("docs"), registerExtractor: false);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(Ct));

        Assert.Contains(nameof(IDocumentExtractor), exception.Message, StringComparison.Ordinal);
        Assert.Contains("AddGraphExtraction", exception.Message, StringComparison.Ordinal);
    }

    private IHost CreateHost(string? folder, bool registerExtractor = true)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(
        [
            new("Ingestion:Folder", folder),
            new("ConnectionStrings:graph", _folder.Combine("graph.db")),
        ]);
        builder.AddSqliteGraphStore();
        builder.AddIngestionWorker();
        if (registerExtractor)
        {
            builder.Services.AddSingleton<IDocumentExtractor, ArrowTestExtractor>();
        }

        return builder.Build();
    }
}
