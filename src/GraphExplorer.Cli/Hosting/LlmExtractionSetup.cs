using GraphExplorer.Extraction.Llm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Cli.Hosting;

/// <summary>Where the model's answer cache goes, and the check of the model's settings before a run starts.</summary>
internal static class LlmExtractionSetup
{
    /// <summary>The store's folder for a SQLite store; the current directory's <c>.graphexplorer</c> for Neo4j.</summary>
    public static string CacheFolder(StoreLocation location) => location.Kind == StoreKind.Sqlite
        ? Path.GetDirectoryName(Path.GetFullPath(location.Value ?? StoreLocation.DefaultSqlitePath)) ?? Directory.GetCurrentDirectory()
        : Path.Combine(Directory.GetCurrentDirectory(), ".graphexplorer");

    /// <summary>Reads the options once for llm/hybrid, so missing settings fail before any document is read.</summary>
    /// <exception cref="CliUsageException">A setting is missing or invalid; the message names it, never the key's value.</exception>
    public static void Validate(IServiceProvider services, ExtractorMode extractor)
    {
        if (extractor == ExtractorMode.Rules)
        {
            return;
        }

        try
        {
            _ = services.GetRequiredService<IOptions<LlmExtractionOptions>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            throw new CliUsageException($"Option '--extractor {extractor.ToString().ToLowerInvariant()}': {string.Join(" ", ex.Failures)}");
        }
    }
}
