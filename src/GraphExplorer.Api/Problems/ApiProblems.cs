using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GraphExplorer.Core.Traversals;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Api.Problems;

/// <summary>
/// The RFC 7807 problems the API answers with, and the checks of query parameters that produce them. Every
/// problem caused by a parameter names it in the <c>parameter</c> extension and says why in <c>detail</c>.
/// </summary>
internal static class ApiProblems
{
    /// <summary>The longest free text (a search, an entity key) accepted, in characters.</summary>
    public const int MaxTextLength = TraversalCatalogue.MaxEntityNameLength;

    public static ProblemHttpResult BadParameter(string parameter, string detail) =>
        TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status400BadRequest,
            title: $"Invalid parameter '{parameter}'",
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    /// <summary>403: the endpoint needs an API key and none is configured.</summary>
    public static ProblemHttpResult EndpointDisabled(string path) =>
        TypedResults.Problem(
            detail: $"{path} is disabled: no API key is configured. Set GraphExplorer:ApiKey (environment GraphExplorer__ApiKey, at least {Hosting.ApiKeyOptions.MinimumLength} characters) and send it in the {Hosting.ApiKeyOptions.HeaderName} header.",
            statusCode: StatusCodes.Status403Forbidden,
            title: "Endpoint disabled");

    /// <summary>401: the API key is missing or wrong.</summary>
    public static ProblemHttpResult Unauthorized(bool missing) =>
        TypedResults.Problem(
            detail: missing
                ? $"This endpoint needs the API key in the {Hosting.ApiKeyOptions.HeaderName} header."
                : $"The API key in the {Hosting.ApiKeyOptions.HeaderName} header is not the configured one.",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "API key required",
            extensions: new Dictionary<string, object?> { ["parameter"] = Hosting.ApiKeyOptions.HeaderName });

    public static ProblemHttpResult EntityNotFound(string parameter, string name, IReadOnlyList<string> suggestions) =>
        TypedResults.Problem(
            detail: new EntityNotFoundException(parameter, name, suggestions).Message,
            statusCode: StatusCodes.Status404NotFound,
            title: "Unknown entity",
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter, ["suggestions"] = suggestions });

    /// <summary>Maps what the traversal service refused: unknown traversal or entity → 404, anything else → 400.</summary>
    public static ProblemHttpResult FromTraversal(TraversalException exception) => exception switch
    {
        UnknownTraversalException unknown => TypedResults.Problem(
            detail: unknown.Message,
            statusCode: StatusCodes.Status404NotFound,
            title: "Unknown traversal",
            extensions: new Dictionary<string, object?> { ["parameter"] = unknown.Parameter }),
        EntityNotFoundException notFound => EntityNotFound(notFound.Parameter, notFound.Name, notFound.Suggestions),
        _ => BadParameter(exception.Parameter, exception.Message),
    };

    /// <summary>Parses an optional whole-number query parameter; range checks are left to the caller when no bounds are given.</summary>
    public static bool TryParseOptional(
        string parameter, string? text, out int? value, [NotNullWhen(false)] out ProblemHttpResult? problem, int min = int.MinValue, int max = int.MaxValue)
    {
        value = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var parsed))
        {
            problem = BadParameter(parameter, $"Parameter '{parameter}' must be a whole number; got '{Shorten(text)}'.");
            return false;
        }

        if (parsed < min || parsed > max)
        {
            problem = BadParameter(parameter, $"Parameter '{parameter}' must be between {min} and {max}; got {parsed}.");
            return false;
        }

        value = parsed;
        return true;
    }

    /// <summary>Checks a required free-text parameter: present and at most <see cref="MaxTextLength"/> characters.</summary>
    public static bool TryCheckText(string parameter, [NotNullWhen(true)] string? text, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        problem = string.IsNullOrWhiteSpace(text)
            ? BadParameter(parameter, $"Parameter '{parameter}' is required.")
            : text.Length > MaxTextLength
                ? BadParameter(parameter, $"Parameter '{parameter}' is {text.Length} characters long; at most {MaxTextLength} are accepted.")
                : null;
        return problem is null;
    }

    /// <summary>Cuts hostile or accidental long input before it is echoed back in a message.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
