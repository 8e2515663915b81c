using System.Globalization;

namespace GraphExplorer.Api.Hosting;

/// <summary>Times every request: a <c>Server-Timing</c> header for the browser and a log line (event 6001).</summary>
/// <param name="next">The rest of the pipeline.</param>
/// <param name="timeProvider">The clock.</param>
/// <param name="logger">Logs each request.</param>
internal sealed class RequestTimingMiddleware(RequestDelegate next, TimeProvider timeProvider, ILogger<RequestTimingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = timeProvider.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            var elapsed = timeProvider.GetElapsedTime(started).TotalMilliseconds;
            context.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"app;dur={elapsed:0.0}");
            return Task.CompletedTask;
        });

        try
        {
            await next(context);
        }
        finally
        {
            // The path only: query strings may be long or hostile and carry nothing the timing needs.
            logger.RequestCompleted(
                context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode, timeProvider.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
