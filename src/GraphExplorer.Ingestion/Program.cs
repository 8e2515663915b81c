using GraphExplorer.Ingestion;
using GraphExplorer.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// Ingests a folder once: --Ingestion:Folder <folder> [--ConnectionStrings:graph <store file>].
// The host registers an IDocumentExtractor (GraphExplorer.Extraction's AddGraphExtraction()); start fails without one.
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
builder.AddSqliteGraphStore();
builder.AddIngestionWorker();

using var host = builder.Build();
var run = host.Services.GetRequiredService<IngestionRun>();
try
{
    await host.RunAsync();
}
catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
{
    // Bad configuration or a missing extractor: the message says which.
    await Console.Error.WriteLineAsync(ex.Message);
    return IngestionExitCodes.Failed;
}

return run.ExitCode;
