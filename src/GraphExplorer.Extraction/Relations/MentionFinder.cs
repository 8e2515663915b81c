using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Discovery;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Finds the entities a line mentions: catalogue aliases first (leftmost-longest), then names first met in the text —
/// code spans, quoted names, link texts and capitalised Latin names — wherever no catalogue alias already stands.
/// New names become nodes only when a rule links them to something.
/// </summary>
internal sealed partial class MentionFinder
{
    private const int MaxLatinNameLength = 48;

    private readonly EntityCatalogue catalogue;

    // One delegate for the finder's life, not one per line.
    private readonly Func<ReadOnlySpan<char>, bool> _isGeneric;

    /// <summary>Creates a finder over a catalogue.</summary>
    /// <param name="catalogue">The catalogue whose aliases and generic terms are used.</param>
    public MentionFinder(EntityCatalogue catalogue)
    {
        this.catalogue = catalogue;
        _isGeneric = catalogue.IsGenericTerm;
    }

    /// <summary>The catalogue in use.</summary>
    public EntityCatalogue Catalogue => catalogue;

    /// <summary>Finds the mentions in a line.</summary>
    /// <param name="text">The line's text.</param>
    /// <returns>The mentions, in text order, without overlaps.</returns>
    public List<Mention> Find(string text) => Find(text, new MentionScratch());

    /// <summary>Finds the mentions in a line, working in lists the caller keeps from line to line.</summary>
    /// <param name="text">The line's text.</param>
    /// <param name="scratch">The working lists; emptied before use, so their content between calls does not matter.</param>
    /// <returns>The mentions, in text order, without overlaps (a new list, not one of <paramref name="scratch"/>'s).</returns>
    public List<Mention> Find(string text, MentionScratch scratch)
    {
        var raw = scratch.Raw;
        raw.Clear();
        catalogue.Scan(text, raw);
        VerbTailAliases.Apply(catalogue, text, raw);
        var mentions = new List<Mention>(raw.Count + 4);
        for (var r = 0; r < raw.Count; r++)
        {
            var (start, length, entry) = raw[r];
            var nextStart = r + 1 < raw.Count ? raw[r + 1].Start : int.MaxValue;
            mentions.Add(CatalogueVariants.Extend(text, new Mention(start, start + length, SurfaceOf(text, start, length, entry), entry), nextStart));
        }

        CatalogueVariants.GrowLeft(text, mentions);
        if (HasNameMarkers(text))
        {
            AddNewNames(text, mentions, scratch);
        }

        RemoveOverlaps(mentions);
        return mentions;
    }

    /// <summary>The matched text as a string: the entry's name or alias when written exactly so (no copy), else a substring.</summary>
    private static string SurfaceOf(string text, int start, int length, CatalogueEntry entry)
    {
        var matched = text.AsSpan(start, length);
        if (matched.SequenceEqual(entry.Name))
        {
            return entry.Name;
        }

        for (var i = 0; i < entry.Aliases.Count; i++)
        {
            if (matched.SequenceEqual(entry.Aliases[i]))
            {
                return entry.Aliases[i];
            }
        }

        return text.Substring(start, length);
    }

    /// <summary>Whether a stripped fragment can stand as a new name (not generic, not a sentence, not punctuation).</summary>
    public bool IsPlausibleName(ReadOnlySpan<char> name)
    {
        if (name.Length is < 2 or > MaxLatinNameLength || catalogue.IsGenericTerm(name) || Discovery.LatinNameClassifier.IsMeasurement(name)
            || EnglishWords.Answers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name.Trim()))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in name)
        {
            if (c is '，' or '。' or '；' or '！' or '？' or ',' or ';' or '!' or '?' or ':' or '：' or '(' or ')' or '（' or '）')
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 0;
    }

    /// <summary>Keeps the mentions in text order without overlaps: a variant that grew over its neighbour wins over it.</summary>
    private static void RemoveOverlaps(List<Mention> mentions)
    {
        var kept = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (kept > 0 && mentions[i].Start < mentions[kept - 1].End)
            {
                continue;
            }

            mentions[kept++] = mentions[i];
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }
}
