namespace GraphExplorer.Core.Traversals;

/// <summary>A request to run a named traversal, as the CLI and HTTP API receive it.</summary>
/// <param name="Traversal">The traversal's name.</param>
/// <param name="Entity">The start entity's name or alias, when the traversal takes one.</param>
/// <param name="To">The second entity's name or alias, for <c>path-between</c> and <c>evidence</c>.</param>
/// <param name="Depth">Hops to follow; the traversal's default when null.</param>
/// <param name="Limit">The most rows to return (for <c>evidence</c>: the most quotes per relationship); the traversal's default when null.</param>
/// <param name="Evidence">The quotes each path step carries (<see cref="EvidenceWindow.DefaultLimit"/> when null); not for <c>evidence</c>.</param>
/// <param name="Offset">For <c>evidence</c>: the first quote to return, from 0 (0 when null).</param>
public sealed record TraversalRequest(
    string Traversal, string? Entity = null, string? To = null, int? Depth = null, int? Limit = null, int? Evidence = null, int? Offset = null);
