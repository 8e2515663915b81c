using System.Collections.Frozen;

namespace GraphExplorer.Api.Cypher.Screening;

/// <summary>The procedures and namespaced functions an ad-hoc statement may call: schema look-ups and full-text search, all read-only.</summary>
internal static class CypherReadProcedures
{
    /// <summary>The procedures <c>CALL</c> may name.</summary>
    public static readonly FrozenSet<string> Procedures = new[]
    {
        "db.labels",
        "db.relationshipTypes",
        "db.propertyKeys",
        "db.schema.visualization",
        "db.schema.nodeTypeProperties",
        "db.schema.relTypeProperties",
        "db.index.fulltext.queryNodes",
        "db.index.fulltext.queryRelationships",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The namespaced functions an expression may call (functions without a namespace are Cypher's own).</summary>
    public static readonly FrozenSet<string> Functions = new[]
    {
        "point.distance",
        "point.withinBBox",
        "vector.similarity.cosine",
        "vector.similarity.euclidean",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
