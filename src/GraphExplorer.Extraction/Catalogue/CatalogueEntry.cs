using GraphExplorer.Core.Entities;

namespace GraphExplorer.Extraction.Catalogue;

/// <summary>An entity the curated catalogue knows: its canonical name, its type and every alias it may be written as.</summary>
/// <param name="Name">The canonical name, e.g. <c>NVIDIA</c>.</param>
/// <param name="Type">What kind of player it is.</param>
/// <param name="Aliases">The other surface forms, e.g. <c>英伟达</c>, <c>Nvidia</c>; the canonical name is not repeated.</param>
/// <param name="CaseSensitive">
/// Whether Latin names must match with their exact case: for names that are also common words
/// (<c>Muse</c>, <c>Office</c>, <c>IDEA</c>).
/// </param>
public sealed record CatalogueEntry(string Name, EntityType Type, IReadOnlyList<string> Aliases, bool CaseSensitive = false)
{
    /// <summary>The entity's stable key, derived from its canonical name.</summary>
    public EntityKey Key { get; } = EntityKey.FromName(Name);
}
