using GraphExplorer.Core.Documents;
using GraphExplorer.Ingestion.Documents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphExplorer.Ingestion;

/// <summary>Registers ingestion: the <see cref="DocumentIngestor"/> the CLI and the worker host call.</summary>
public static class IngestionExtensions
{
    /// <summary>The message when no extractor is registered.</summary>
    internal const string NoExtractorMessage =
        "No IDocumentExtractor is registered: call AddGraphExtraction() from GraphExplorer.Extraction "
        + "(or register an IDocumentExtractor) before starting ingestion.";

    /// <summary>
    /// Registers <see cref="DocumentIngestor"/> (if not registered yet). The host must also register an
    /// <see cref="IDocumentExtractor"/> and an <c>IGraphStore</c>; resolving the ingestor without an extractor
    /// (so starting the worker host without one) fails with an <see cref="InvalidOperationException"/> saying so.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configureOptions">Changes the limits (<see cref="IngestionOptions.MaxDocumentBytes"/>, <see cref="IngestionOptions.MaxLineLength"/>).</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddIngestion(this IServiceCollection services, Action<IngestionOptions>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<IngestionOptions>();
        if (configureOptions is not null)
        {
            options.Configure(configureOptions);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => provider.GetService<IDocumentExtractor>() is null
            ? throw new InvalidOperationException(NoExtractorMessage)
            : ActivatorUtilities.CreateInstance<DocumentIngestor>(provider));
        return services;
    }
}
