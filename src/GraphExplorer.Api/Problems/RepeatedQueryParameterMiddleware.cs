namespace GraphExplorer.Api.Problems;

/// <summary>
/// Refuses a query string that repeats a parameter (<c>?entity=A&amp;entity=B</c>) with a 400 naming it: every
/// parameter of the API takes one value, and binding would otherwise join the values into <c>A,B</c>.
/// </summary>
/// <param name="next">The rest of the pipeline.</param>
internal sealed class RepeatedQueryParameterMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            && context.Request.Query.FirstOrDefault(p => p.Value.Count > 1) is { Key: { } name } repeated)
        {
            var parameter = ApiProblems.Shorten(name);
            await ApiProblems.BadParameter(parameter, $"Parameter '{parameter}' is given {repeated.Value.Count} times; give it once.").ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
