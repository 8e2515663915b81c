namespace GraphExplorer.Core.Entities;

/// <summary>The stable identity of an entity, derived from its canonical name.</summary>
/// <param name="Value">The key text, e.g. <c>google-deepmind</c>.</param>
public readonly record struct EntityKey(string Value)
{
    /// <summary>Derives the key of the entity whose canonical name is <paramref name="canonicalName"/>.</summary>
    /// <param name="canonicalName">The entity's canonical name.</param>
    /// <returns>The key: the name normalised (<see cref="EntityNames.Normalize"/>) with spaces as dashes.</returns>
    /// <exception cref="ArgumentException">The name is null, empty or white space.</exception>
    public static EntityKey FromName(string canonicalName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(canonicalName);
        return new EntityKey(EntityNames.Normalize(canonicalName).Replace(' ', '-'));
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
