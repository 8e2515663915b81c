using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Api.Problems;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Hosting;

/// <summary>
/// Lets a request through only with the configured key in <see cref="ApiKeyOptions.HeaderName"/>: no key configured →
/// 403 (the endpoint is disabled), a missing or wrong key → 401. Keys are compared in constant time, over their
/// SHA-256 hashes so that the length of the key leaks nothing either.
/// </summary>
/// <param name="options">The configured key.</param>
/// <param name="logger">Logs refusals (never the key).</param>
internal sealed class ApiKeyEndpointFilter(IOptionsMonitor<ApiKeyOptions> options, ILogger<ApiKeyEndpointFilter> logger) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        CheckAsync(context, next, options.CurrentValue, logger, optional: false);

    /// <summary>Checks the key; with <paramref name="optional"/> and no key configured, lets every request through.</summary>
    internal static async ValueTask<object?> CheckAsync(
        EndpointFilterInvocationContext context, EndpointFilterDelegate next, ApiKeyOptions options, ILogger logger, bool optional)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var path = context.HttpContext.Request.Path.Value ?? "/";
        if (options.ApiKey is not { Length: > 0 } expected)
        {
            if (optional)
            {
                return await next(context);
            }

            logger.ApiKeyRefused(path, "no key is configured");
            return ApiProblems.EndpointDisabled(path);
        }

        var sent = context.HttpContext.Request.Headers[ApiKeyOptions.HeaderName].ToString();
        if (sent.Length == 0 || !KeysEqual(sent, expected))
        {
            logger.ApiKeyRefused(path, sent.Length == 0 ? "no key sent" : "wrong key");
            context.HttpContext.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{ApiKeyOptions.HeaderName}\"";
            return ApiProblems.Unauthorized(sent.Length == 0);
        }

        return await next(context);
    }

    internal static bool KeysEqual(string sent, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(sent)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
