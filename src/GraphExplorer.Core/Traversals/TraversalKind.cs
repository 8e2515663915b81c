namespace GraphExplorer.Core.Traversals;

/// <summary>The algorithm behind a named traversal.</summary>
public enum TraversalKind
{
    /// <summary>Breadth-first from one entity along the traversal's steps; a row per entity reached, with its shortest path.</summary>
    Reach,

    /// <summary>The shortest paths between two entities along any edge, either direction.</summary>
    ShortestPaths,

    /// <summary>Every edge directly between two entities, with its evidence.</summary>
    EdgesBetween,

    /// <summary>Entities ranked by how many entities transitively depend on them.</summary>
    DependencyRanking,
}
