namespace GraphExplorer.Core.Traversals;

/// <summary>What <see cref="TraversalRowOrder"/> sorts a row by.</summary>
/// <param name="Count">For rankings, the count ranked (highest first); otherwise <see langword="null"/>.</param>
/// <param name="Hops">The length of the row's path (0 for rankings).</param>
/// <param name="Dependence">How the row depends on the start entity, when the traversal groups by it.</param>
/// <param name="Name">The row entity's canonical name (compared ignoring case).</param>
/// <param name="Key">The row entity's key (the last tie-break).</param>
public readonly record struct RowOrderKey(int? Count, int Hops, Dependence? Dependence, string Name, string Key);
