namespace GraphExplorer.Extraction.Catalogue;

/// <summary>Where the catalogue found an entity in a piece of text.</summary>
/// <param name="Start">The index of the mention's first character.</param>
/// <param name="Length">The number of characters the mention spans.</param>
/// <param name="Entry">The entity mentioned.</param>
public readonly record struct EntityMention(int Start, int Length, CatalogueEntry Entry)
{
    /// <summary>The index just past the mention's last character.</summary>
    public int End => Start + Length;
}
