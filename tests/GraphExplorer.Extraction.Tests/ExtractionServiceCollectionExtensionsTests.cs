using GraphExplorer.Core.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Extraction.Tests;

public sealed class ExtractionServiceCollectionExtensionsTests
{
    [Fact]
    public void AddGraphExtraction_Empty_RegistersSingletonExtractor()
    {
        var services = new ServiceCollection();

        services.AddGraphExtraction();

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(IDocumentExtractor));
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
        Assert.Equal(typeof(DocumentExtractor), descriptor.ImplementationType);
    }

    [Fact]
    public void AddGraphExtraction_HostRegisteredOwn_KeepsHosts()
    {
        var services = new ServiceCollection();
        var own = new DocumentExtractor();
        services.AddSingleton<IDocumentExtractor>(own);

        services.AddGraphExtraction();

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(IDocumentExtractor));
        Assert.Same(own, descriptor.ImplementationInstance);
    }
}
