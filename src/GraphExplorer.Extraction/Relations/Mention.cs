using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Extraction.Relations;

/// <summary>An entity mentioned in a line: a catalogue entity, or a name first met in the text.</summary>
/// <param name="Start">The index of its first character in the line.</param>
/// <param name="End">The index just past its last character.</param>
/// <param name="Surface">The text as written.</param>
/// <param name="Entry">The catalogue entity, or <see langword="null"/> for a name first met in the text.</param>
internal sealed record Mention(int Start, int End, string Surface, CatalogueEntry? Entry)
{
    /// <summary>The node the mention stands for.</summary>
    public EntityKey Key { get; } = Entry?.Key ?? EntityKey.FromName(Surface);

    /// <summary>The canonical name: the catalogue's, or the surface form for a new name.</summary>
    public string Name => Entry?.Name ?? Surface;

    /// <summary>Whether the catalogue knows the entity.</summary>
    public bool IsKnown => Entry is not null;

    /// <summary>Whether the mention is a known company.</summary>
    public bool IsCompany => Entry?.Type == EntityType.Company;

    /// <summary>Whether the mention is a known model or product, or a new name (which extraction treats as a product).</summary>
    public bool IsArtifact => Entry is null || Entry.Type != EntityType.Company;
}
