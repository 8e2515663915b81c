using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Traversals;

/// <summary>An edge's evidence as an answer carries it: the items in an <see cref="EvidenceWindow"/> and the total.</summary>
/// <param name="Edge">The edge.</param>
/// <param name="Items">The items in the window, ordered by document then line.</param>
/// <param name="Count">How many items the edge has in all.</param>
public sealed record EdgeEvidence(GraphEdge Edge, IReadOnlyList<Evidence> Items, int Count);
