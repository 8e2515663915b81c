namespace GraphExplorer.Core.Export;

/// <summary>The formats the graph exports to.</summary>
public enum GraphExportFormat
{
    /// <summary>One JSON object per line: entities, then relations (<c>jsonl</c>).</summary>
    JsonLines,

    /// <summary>GraphML, for Gephi and yEd (<c>graphml</c>).</summary>
    GraphMl,

    /// <summary>A Cypher script of MERGE statements that rebuilds the graph in Neo4j (<c>cypher</c>).</summary>
    Cypher,
}
