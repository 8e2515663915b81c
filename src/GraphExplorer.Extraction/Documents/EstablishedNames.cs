using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Discovery;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Documents;

/// <summary>
/// Chinese names the document itself established on some line (a company suffix, a bold label, an apposition such as
/// <c>潮汐云算（Chaoxi Cloud）</c>), found again wherever else the document writes them bare: <c>领投潮汐云算B轮</c>.
/// Latin names need no such help, since their shape finds them on every line.
/// </summary>
internal sealed class EstablishedNames
{
    // Two characters are too often an ordinary word somewhere in a long document (规模, 一定): only longer names spread.
    private const int MinLength = 3;

    private readonly PhraseTrie<Mention> _names = new();
    private readonly List<(int Start, int Length, Mention Payload)> _found = [];
    private bool _isEmpty = true;

    /// <summary>Keeps a discovered name written in Chinese characters for the document's other lines.</summary>
    /// <param name="mention">A mention from the first pass.</param>
    public void Register(Mention mention)
    {
        var surface = mention.Surface;
        if (mention.IsCatalogued || mention.Origin != MentionOrigin.Discovered || surface.Length < MinLength
            || !ChineseNameFinder.IsCjk(surface[0]) || !ChineseNameFinder.IsCjk(surface[^1]))
        {
            return;
        }

        _names.Add(surface, mention);
        _isEmpty = false;
    }

    /// <summary>Adds, in text order, the established names a line writes where no other mention stands.</summary>
    /// <param name="text">The line.</param>
    /// <param name="mentions">The line's mentions, in text order; extended in place.</param>
    public void Apply(string text, List<Mention> mentions)
    {
        if (_isEmpty)
        {
            return;
        }

        _found.Clear();
        _names.Scan(text, _found);
        foreach (var (start, length, known) in _found)
        {
            var end = start + length;
            var at = 0;
            while (at < mentions.Count && mentions[at].End <= start)
            {
                at++;
            }

            if (at < mentions.Count && mentions[at].Start < end)
            {
                continue;
            }

            mentions.Insert(at, new Mention(start, end, known.Surface, null) { Origin = MentionOrigin.Discovered, Type = known.Type });
        }
    }
}
