using GraphExplorer.Core.Entities;

namespace GraphExplorer.Api.Graph;

/// <summary>Nodes and edges to draw: a neighbourhood of one entity, or the whole graph for the market map.</summary>
/// <param name="Center">The entity the view is centred on, or <see langword="null"/> for the whole graph.</param>
/// <param name="Depth">The hops followed from the centre (0 for the whole graph).</param>
/// <param name="Nodes">The entities.</param>
/// <param name="Edges">The edges between them.</param>
/// <param name="Truncated">Whether nodes or edges were left out to stay within the bounds.</param>
public sealed record GraphView(string? Center, int Depth, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphViewEdge> Edges, bool Truncated);

/// <summary>An entity to draw.</summary>
/// <param name="Key">Its key.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Company, Model or Product.</param>
/// <param name="Layer">Its market layer (基础层, 中间层, 应用层), if any.</param>
/// <param name="Category">Its category within the layer, if any.</param>
public sealed record GraphNode(string Key, string Name, EntityType Type, string? Layer, string? Category);

/// <summary>An edge to draw.</summary>
/// <param name="Source">The source entity's key.</param>
/// <param name="Type">The relationship's wire name.</param>
/// <param name="Target">The target entity's key.</param>
public sealed record GraphViewEdge(string Source, string Type, string Target);
