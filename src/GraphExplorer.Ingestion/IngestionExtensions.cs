using GraphExplorer.Core.Documents;
using GraphExplorer.Ingestion.Documents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Ingestion;

/// <summary>Registers ingestion: the <see cref="DocumentIngestor"/> the CLI calls, and the worker host around it.</summary>
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

    /// <summary>
    /// Registers the ingestion worker: <see cref="AddIngestion"/>, <see cref="IngestionOptions"/> bound from the
    /// <see cref="IngestionOptions.SectionName"/> section and validated on start (the folder is required and must
    /// exist), and the <see cref="IngestionWorker"/> that ingests it once and stops the application.
    /// </summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IHostApplicationBuilder AddIngestionWorker(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.SectionName).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestionOptions>, IngestionOptionsValidator>());
        builder.Services.AddIngestion();
        builder.Services.TryAddSingleton<IngestionRun>();
        builder.Services.AddHostedService<IngestionWorker>();
        return builder;
    }
}
