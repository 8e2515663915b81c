namespace GraphExplorer.Core.Traversals;

/// <summary>A parameter a named traversal takes.</summary>
/// <param name="Name">The parameter's name as the CLI and HTTP API spell it (<c>entity</c>, <c>to</c>, <c>depth</c>, <c>limit</c>).</param>
/// <param name="Description">What it means.</param>
/// <param name="Required">Whether the traversal fails without it.</param>
/// <param name="DefaultValue">The value used when it is omitted, if any.</param>
public sealed record TraversalParameter(string Name, string Description, bool Required, string? DefaultValue = null);
