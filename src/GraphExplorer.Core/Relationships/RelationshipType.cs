namespace GraphExplorer.Core.Relationships;

/// <summary>The kinds of relationship the graph holds. Wire names (<c>INVESTS_IN</c>) live in <see cref="RelationshipTypes"/>.</summary>
public enum RelationshipType
{
    /// <summary>Investor → investee.</summary>
    InvestsIn,

    /// <summary>Dependent → base (a product built on a model, a model fine-tuned from another).</summary>
    BuiltOn,

    /// <summary>Competitor ↔ competitor; symmetric, stored once per pair.</summary>
    CompetesWith,

    /// <summary>Compute supplier → consumer.</summary>
    SuppliesComputeTo,

    /// <summary>Developer → model or product.</summary>
    Develops,
}
