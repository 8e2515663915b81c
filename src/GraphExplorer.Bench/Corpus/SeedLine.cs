using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Bench.Corpus;

/// <summary>
/// One line of a seed document cut at its catalogue mentions: <c>Literals[0] Slot[0] Literals[1] … Literals[n]</c>,
/// so a replica renders it with other names without scanning it again.
/// </summary>
/// <param name="Literals">The text around the mentions; one more than <paramref name="Slots"/>.</param>
/// <param name="Slots">The mentions: which catalogue entry, and whether it was written in Chinese.</param>
internal sealed record SeedLine(string[] Literals, SeedSlot[] Slots)
{
    /// <summary>Cuts a line at the mentions the catalogue finds in it.</summary>
    /// <param name="line">The line, without its line break.</param>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="indexOf">Each catalogue entry's index in <see cref="EntityCatalogue.Entries"/>.</param>
    /// <returns>The template.</returns>
    public static SeedLine Parse(string line, EntityCatalogue catalogue, IReadOnlyDictionary<CatalogueEntry, int> indexOf)
    {
        var mentions = catalogue.FindMentions(line);
        var literals = new string[mentions.Count + 1];
        var slots = new SeedSlot[mentions.Count];
        var at = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            literals[i] = line[at..mention.Start];
            slots[i] = new SeedSlot(indexOf[mention.Entry], ContainsCjk(line.AsSpan(mention.Start, mention.Length)));
            at = mention.End;
        }

        literals[^1] = line[at..];
        return new SeedLine(literals, slots);
    }

    /// <summary>Whether text holds a CJK ideograph.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when some character is in the CJK unified ideographs block.</returns>
    public static bool ContainsCjk(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                return true;
            }
        }

        return false;
    }
}
