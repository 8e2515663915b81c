namespace GraphExplorer.Core.Traversals;

/// <summary>The parameter names shared by the CLI, the HTTP API and error messages.</summary>
public static class TraversalParameterNames
{
    /// <summary>The start entity.</summary>
    public const string Entity = "entity";

    /// <summary>The second entity of <c>path-between</c> and <c>evidence</c>.</summary>
    public const string To = "to";

    /// <summary>How many hops to follow.</summary>
    public const string Depth = "depth";

    /// <summary>The most rows to return.</summary>
    public const string Limit = "limit";

    /// <summary>The quotes each path step carries.</summary>
    public const string Evidence = "evidence";

    /// <summary>For <c>evidence</c>: the first quote to return.</summary>
    public const string Offset = "offset";
}
