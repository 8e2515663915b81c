using Microsoft.Extensions.FileProviders;

namespace GraphExplorer.Api.Explorer;

/// <summary>
/// The explorer page at <c>/</c>: static files embedded in this assembly (cytoscape included), so any host of
/// the API (its own Program, the CLI's <c>serve</c>) serves the same page with no network and no wwwroot.
/// </summary>
public static class ExplorerPage
{
    /// <summary>The embedded files, rooted at <c>Explorer/wwwroot</c>.</summary>
    public static IFileProvider Files { get; } = new ManifestEmbeddedFileProvider(typeof(ExplorerPage).Assembly, "Explorer/wwwroot");

    /// <summary>Serves <c>/</c> as <c>index.html</c> and the page's scripts, styles and libraries.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application, for chaining.</returns>
    public static IApplicationBuilder UseExplorerPage(this IApplicationBuilder app)
    {
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = Files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = Files });
        return app;
    }
}
