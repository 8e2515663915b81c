using GraphExplorer.Core.Entities;

namespace GraphExplorer.Core.Serialization;

/// <summary>Reads and writes an <see cref="EntityKey"/> as its key text.</summary>
public sealed class EntityKeyJsonConverter : WireNameJsonConverter<EntityKey>
{
    /// <inheritdoc />
    protected override string Expected => "an entity key, a non-empty string";

    /// <inheritdoc />
    protected override bool TryParse(string? text, out EntityKey value)
    {
        value = new EntityKey(text ?? string.Empty);
        return !string.IsNullOrWhiteSpace(text);
    }

    /// <inheritdoc />
    protected override string ToWireName(EntityKey value) => value.Value;
}
