namespace GraphExplorer.Core.Storage;

/// <summary>Which edges of an entity to follow.</summary>
public enum EdgeDirection
{
    /// <summary>Edges whose source is the entity.</summary>
    Outgoing,

    /// <summary>Edges whose target is the entity.</summary>
    Incoming,

    /// <summary>Both.</summary>
    Both,
}
