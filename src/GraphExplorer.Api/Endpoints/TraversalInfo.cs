namespace GraphExplorer.Api.Endpoints;

/// <summary>A named traversal as <c>GET /api/traversals</c> lists it.</summary>
/// <param name="Name">The name to put in <c>/api/traversals/{name}</c>.</param>
/// <param name="Description">What it answers.</param>
/// <param name="DefaultDepth">The depth used when none is given.</param>
/// <param name="MaxDepth">The largest depth accepted.</param>
/// <param name="Parameters">The query parameters it takes.</param>
public sealed record TraversalInfo(
    string Name,
    string Description,
    int DefaultDepth,
    int MaxDepth,
    IReadOnlyList<TraversalParameterInfo> Parameters);

/// <summary>A query parameter of a traversal.</summary>
/// <param name="Name">The query parameter's name (<c>entity</c>, <c>to</c>, <c>depth</c>, <c>limit</c>).</param>
/// <param name="Description">What it means.</param>
/// <param name="Required">Whether the traversal fails without it.</param>
/// <param name="DefaultValue">The value used when it is omitted, if any.</param>
public sealed record TraversalParameterInfo(string Name, string Description, bool Required, string? DefaultValue);
