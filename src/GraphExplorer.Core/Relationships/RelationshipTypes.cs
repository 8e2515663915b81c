using System.Diagnostics.CodeAnalysis;

namespace GraphExplorer.Core.Relationships;

/// <summary>Maps <see cref="RelationshipType"/> to and from its wire name (<c>INVESTS_IN</c>): the one place that does.</summary>
public static class RelationshipTypes
{
    /// <summary>Every relationship type, in declaration order.</summary>
    public static IReadOnlyList<RelationshipType> All { get; } = Enum.GetValues<RelationshipType>();

    /// <summary>Gets the wire name of a relationship type, as stored in Neo4j and printed by the CLI.</summary>
    /// <param name="type">The relationship type.</param>
    /// <returns>The upper-snake-case name, e.g. <c>SUPPLIES_COMPUTE_TO</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined relationship type.</exception>
    public static string ToWireName(this RelationshipType type) => type switch
    {
        RelationshipType.InvestsIn => "INVESTS_IN",
        RelationshipType.BuiltOn => "BUILT_ON",
        RelationshipType.CompetesWith => "COMPETES_WITH",
        RelationshipType.SuppliesComputeTo => "SUPPLIES_COMPUTE_TO",
        RelationshipType.Develops => "DEVELOPS",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown relationship type."),
    };

    /// <summary>Parses a wire name (case-insensitive, e.g. <c>built_on</c>).</summary>
    /// <param name="wireName">The wire name.</param>
    /// <param name="type">The relationship type when the name is known.</param>
    /// <returns><see langword="true"/> when the name is a known relationship type.</returns>
    public static bool TryParse([NotNullWhen(true)] string? wireName, out RelationshipType type)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToWireName(), wireName?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>Whether the relationship reads the same in both directions (only <see cref="RelationshipType.CompetesWith"/>).</summary>
    /// <param name="type">The relationship type.</param>
    /// <returns><see langword="true"/> for a symmetric type.</returns>
    public static bool IsSymmetric(this RelationshipType type) => type == RelationshipType.CompetesWith;
}
