using GraphExplorer.Extraction;
using GraphExplorer.Ingestion.Worker;
using GraphExplorer.ServiceDefaults;
using GraphExplorer.Storage.Neo4j;
using GraphExplorer.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// Ingests a folder once: --Ingestion:Folder <folder> [--Store sqlite|neo4j] [--ConnectionStrings:graph <store file>].
// Neo4j reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
builder.AddServiceDefaults();
if (string.Equals(builder.Configuration["Store"], "neo4j", StringComparison.OrdinalIgnoreCase))
{
    builder.AddNeo4jGraphStore("neo4j");
}
else
{
    builder.AddSqliteGraphStore();
}

builder.Services.AddGraphExtraction();
builder.AddIngestionWorker();

using var host = builder.Build();
var run = host.Services.GetRequiredService<IngestionRun>();
try
{
    await host.RunAsync();
}
catch (Exception ex) when (ex is OptionsValidationException or InvalidOperationException)
{
    // Bad configuration: the message says which setting.
    await Console.Error.WriteLineAsync(ex.Message);
    return IngestionExitCodes.Failed;
}

return run.ExitCode;
