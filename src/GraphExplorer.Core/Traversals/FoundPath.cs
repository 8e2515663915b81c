using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Traversals;

/// <summary>An answer a traversal engine found, before it is ordered, cut and explained (<see cref="TraversalRows"/>).</summary>
/// <param name="Entity">The entity the row is about.</param>
/// <param name="Edges">The edges from the start entity to it, in walking order (a ranking's explaining edges).</param>
/// <param name="Count">For rankings: the number ranked; <see langword="null"/> otherwise.</param>
public sealed record FoundPath(EntityKey Entity, IReadOnlyList<GraphEdge> Edges, int? Count);
