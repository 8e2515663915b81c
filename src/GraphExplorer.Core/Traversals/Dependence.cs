using System.Text.Json.Serialization;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// How a row of <c>dependents-of</c> or <c>dependencies-of</c> depends on the start entity, read from the first edge of
/// its path: through compute, through being built on it, or through being developed by it (its own products).
/// </summary>
/// <remarks>The members are declared in the order rows are listed: compute and built-on before developed.</remarks>
public enum Dependence
{
    /// <summary>The path starts with <c>SUPPLIES_COMPUTE_TO</c>: compute supplied by (or to) the start entity.</summary>
    [JsonStringEnumMemberName("compute")]
    Compute,

    /// <summary>The path starts with <c>BUILT_ON</c>: built on the start entity (or what it is built on).</summary>
    [JsonStringEnumMemberName("built-on")]
    BuiltOn,

    /// <summary>The path starts with <c>DEVELOPS</c>: the start entity's own models and products (or its developer).</summary>
    [JsonStringEnumMemberName("developed")]
    Developed,
}
