using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Hosting;

/// <summary>
/// Like <see cref="ApiKeyEndpointFilter"/> (a missing or wrong key → 401), except that with no key configured every
/// request goes through: writes that a local, single-analyst service allows, and a shared one protects.
/// </summary>
/// <param name="options">The configured key.</param>
/// <param name="logger">Logs refusals (never the key).</param>
internal sealed class ApiKeyIfConfiguredEndpointFilter(IOptionsMonitor<ApiKeyOptions> options, ILogger<ApiKeyEndpointFilter> logger) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        ApiKeyEndpointFilter.CheckAsync(context, next, options.CurrentValue, logger, optional: true);
}
