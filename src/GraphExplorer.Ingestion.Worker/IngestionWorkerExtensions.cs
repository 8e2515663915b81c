using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Ingestion.Worker;

/// <summary>Registers the ingestion worker host's services.</summary>
internal static class IngestionWorkerExtensions
{
    /// <summary>
    /// Registers the ingestion worker: <see cref="IngestionExtensions.AddIngestion"/>, <see cref="IngestionOptions"/> bound from the
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
