using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Serialization;

/// <summary>Reads and writes a <see cref="RelationshipType"/> as its wire name (<c>INVESTS_IN</c>).</summary>
public sealed class RelationshipTypeJsonConverter : WireNameJsonConverter<RelationshipType>
{
    /// <inheritdoc />
    protected override string Expected => $"a relationship type, one of {string.Join(", ", RelationshipTypes.All.Select(t => t.ToWireName()))}";

    /// <inheritdoc />
    protected override bool TryParse(string? text, out RelationshipType value) => RelationshipTypes.TryParse(text, out value);

    /// <inheritdoc />
    protected override string ToWireName(RelationshipType value) => value.ToWireName();
}
