namespace GraphExplorer.Api.Hosting;

/// <summary>
/// Security headers on every answer. The explorer page loads only same-origin scripts, styles and data, so its
/// Content-Security-Policy allows nothing else (no inline script or style, no framing); the API reference page
/// (<c>/api/docs</c>) configures itself with an inline script and gets a policy that allows inline code from this
/// origin only. Also <c>X-Content-Type-Options: nosniff</c>, <c>X-Frame-Options: DENY</c>,
/// <c>Referrer-Policy: no-referrer</c>; the <c>Server</c> header is removed (Kestrel's is switched off in
/// <see cref="GraphExplorerApiHost.Build"/>).
/// </summary>
/// <param name="next">The rest of the pipeline.</param>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>The policy of every answer but the API reference's.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The policy of the API reference page, which runs an inline configuration script.</summary>
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
        + "font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(GraphExplorerApiApplicationExtensions.ApiReferencePath, StringComparison.Ordinal)
                ? ApiReferencePolicy
                : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.Remove("Server");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
