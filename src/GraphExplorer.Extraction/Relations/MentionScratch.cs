using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Discovery;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// The working lists <see cref="MentionFinder.Find(string, MentionScratch)"/> fills and empties for each line, kept by
/// the caller for a whole document so that lines reuse them instead of allocating their own. Not thread-safe: one per
/// document being read (the finder itself is shared).
/// </summary>
internal sealed class MentionScratch
{
    /// <summary>The catalogue matches of the line.</summary>
    public List<(int Start, int Length, CatalogueEntry Payload)> Raw { get; } = [];

    /// <summary>The spans already taken by a name, a URL or a title.</summary>
    public List<(int Start, int End)> Covered { get; } = [];

    /// <summary>The names first met in the line.</summary>
    public List<Mention> Added { get; } = [];

    /// <summary>The Chinese names found in the line.</summary>
    public List<DiscoveredName> Found { get; } = [];
}
