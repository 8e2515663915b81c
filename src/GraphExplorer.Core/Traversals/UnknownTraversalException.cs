namespace GraphExplorer.Core.Traversals;

/// <summary>The traversal name is not in the catalogue.</summary>
/// <param name="name">The name asked for.</param>
/// <param name="known">The names the catalogue knows.</param>
public sealed class UnknownTraversalException(string name, IReadOnlyList<string> known)
    : TraversalException("traversal", $"Unknown traversal '{name}'. Known traversals: {string.Join(", ", known)}.")
{
    /// <summary>The name asked for.</summary>
    public string Name { get; } = name;
}
