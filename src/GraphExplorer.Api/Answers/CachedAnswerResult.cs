namespace GraphExplorer.Api.Answers;

/// <summary>Writes a serialized answer with its <c>ETag</c>, or <c>304 Not Modified</c> when the client already has it (<c>If-None-Match</c>).</summary>
/// <param name="answer">The answer.</param>
public sealed class CachedAnswerResult(CachedAnswer answer) : IResult
{
    /// <summary>The content type <c>TypedResults.Json</c> writes.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>The answer.</summary>
    public CachedAnswer Answer { get; } = answer;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.Headers.ETag = Answer.ETag;
        if (Matches(httpContext.Request.Headers.IfNoneMatch, Answer.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = Answer.Body.Length;
        return response.Body.WriteAsync(Answer.Body, httpContext.RequestAborted).AsTask();
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }

        foreach (var value in ifNoneMatch)
        {
            if (value is null)
            {
                continue;
            }

            foreach (var tag in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (tag == "*" || tag == etag || (tag.StartsWith("W/", StringComparison.Ordinal) && tag[2..] == etag))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
