using System.Text.Json.Serialization;

namespace GraphExplorer.Core.Traversals;

/// <summary>A traversal's answer: the CLI's <c>--format json</c> object and the HTTP API's response body.</summary>
/// <param name="Traversal">The traversal's name.</param>
/// <param name="Parameters">The parameters it ran with, entities resolved to their canonical names.</param>
/// <param name="Rows">One row per answer, each explaining itself with its path and evidence.</param>
public sealed record TraversalResult(
    [property: JsonPropertyName("traversal")] string Traversal,
    [property: JsonPropertyName("parameters")] TraversalParameters Parameters,
    [property: JsonPropertyName("rows")] IReadOnlyList<TraversalRow> Rows);

/// <summary>The parameters a traversal ran with.</summary>
/// <param name="Entity">The start entity's canonical name.</param>
/// <param name="To">The second entity's canonical name.</param>
/// <param name="Depth">The depth used.</param>
/// <param name="Limit">The row limit used (for <c>evidence</c>: the quotes per relationship).</param>
/// <param name="Evidence">The quotes each path step carries at most; absent for <c>evidence</c>.</param>
/// <param name="Offset">For <c>evidence</c>: the first quote returned; absent otherwise.</param>
public sealed record TraversalParameters(
    [property: JsonPropertyName("entity"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Entity,
    [property: JsonPropertyName("to"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? To,
    [property: JsonPropertyName("depth")] int Depth,
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("evidence"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Evidence = null,
    [property: JsonPropertyName("offset"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Offset = null);

/// <summary>One answer of a traversal.</summary>
/// <param name="Entity">The entity the row is about.</param>
/// <param name="Hops">How many edges separate it from the start entity (0 for rankings).</param>
/// <param name="Path">The edges that explain the row, in order from the start entity, each with its evidence.</param>
/// <param name="Count">For rankings: the number being ranked (transitive dependents); absent otherwise.</param>
/// <param name="Dependence">
/// For <c>dependents-of</c> and <c>dependencies-of</c>: how the row depends on the start entity (<c>compute</c>,
/// <c>built-on</c>, <c>developed</c>), from its path's first edge; absent otherwise.
/// </param>
public sealed record TraversalRow(
    [property: JsonPropertyName("entity")] EntitySummary Entity,
    [property: JsonPropertyName("hops")] int Hops,
    [property: JsonPropertyName("path")] IReadOnlyList<PathStep> Path,
    [property: JsonPropertyName("count"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Count = null,
    [property: JsonPropertyName("dependence"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Dependence? Dependence = null);

/// <summary>An entity as a row names it.</summary>
/// <param name="Key">The entity's key.</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Type">Its type (<c>Company</c>, <c>Model</c>, <c>Product</c>).</param>
public sealed record EntitySummary(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type);
