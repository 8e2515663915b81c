using GraphExplorer.Core.Documents;
using GraphExplorer.Extraction.Catalogue;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphExplorer.Extraction;

/// <summary>Registers extraction with dependency injection.</summary>
public static class ExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDocumentExtractor"/> as a singleton <see cref="DocumentExtractor"/> over the embedded
    /// <see cref="EntityCatalogue"/>, unless the host registered its own (<c>TryAdd</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddGraphExtraction(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => EntityCatalogue.Default);
        services.TryAddSingleton<IDocumentExtractor, DocumentExtractor>();
        return services;
    }
}
