using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Documents;

/// <summary>
/// Every line's mentions, found in a first pass over the document so that a name the catalogue does not know carries,
/// on every line, the type the whole document gives it: <c>Zephyrix推出了…</c> on one line makes Zephyrix a company on
/// all of them. Types are decided by a majority of the lines whose shape or context typed the name.
/// </summary>
internal sealed class DocumentMentions
{
    // How many entity types there are: one vote slot each (Enum.GetValues allocates an array per call).
    private static readonly int TypeCount = Enum.GetValues<EntityType>().Length;

    // Indexed by line number, in chunks: off the large-object heap however long the document, where a dictionary's
    // entries or one list of references would not be (a gen-2 collection per large document).
    private readonly ChunkedList<List<Mention>?> _byLine = new();
    private readonly Dictionary<EntityKey, int[]> _votes = [];
    private readonly Dictionary<EntityKey, EntityType> _decided = [];

    // The finder's working lists, reused by every line of this document.
    private readonly MentionScratch _scratch = new();

    private readonly ShortNames _shortNames = new();

    private readonly EstablishedNames _established = new();

    private readonly BrandedNames _brands = new();

    /// <summary>The working list for a line's cue phrases, reused by every line of this document.</summary>
    public List<(int Start, int Length, IReadOnlyList<CueFrame> Frames)> Cues { get; } = [];

    /// <summary>Finds the mentions of every readable line.</summary>
    /// <param name="finder">The mention finder.</param>
    /// <param name="lines">The document's lines that will be read.</param>
    public DocumentMentions(MentionFinder finder, IReadOnlyList<MarkdownLine> lines)
    {
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            if (line.Kind is MarkdownLineKind.Heading or MarkdownLineKind.ListItem or MarkdownLineKind.Paragraph or MarkdownLineKind.TableRow)
            {
                var mentions = finder.Find(line.Content, _scratch);
                while (_byLine.Count <= line.Number)
                {
                    _byLine.Add(null);
                }

                _byLine[line.Number] = mentions;
                foreach (var mention in mentions)
                {
                    if (!mention.IsCatalogued && mention.Type is { } type)
                    {
                        if (!_votes.TryGetValue(mention.Key, out var votes))
                        {
                            _votes[mention.Key] = votes = new int[TypeCount];
                        }

                        votes[(int)type]++;
                    }
                }
            }
        }

        foreach (var (key, votes) in _votes)
        {
            var best = 0;
            for (var i = 1; i < votes.Length; i++)
            {
                best = votes[i] > votes[best] ? i : best;
            }

            _decided[key] = (EntityType)best;
        }

        // One walk over the lines registers the document's short forms and the names it establishes.
        var previous = MarkdownLineKind.Blank;
        var firstColumnNamesItems = true;
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            if (line.Kind == MarkdownLineKind.TableRow && previous is not (MarkdownLineKind.TableSeparator or MarkdownLineKind.TableRow))
            {
                // The header: a first column of scenes, dates or notes (场景, 时间) holds no item names.
                firstColumnNamesItems = TableSchema.FromHeader(line.Content)?.RoleAt(0) is not TableColumnRole.Ignored;
            }

            if (line.Number < _byLine.Count && _byLine[line.Number] is { } mentions)
            {
                foreach (var mention in mentions)
                {
                    if (mention.IsCatalogued ? mention.IsCompany : _decided.TryGetValue(mention.Key, out var decided) && decided == EntityType.Company)
                    {
                        _shortNames.Register(mention);
                    }

                    _established.Register(line.Content, mention);
                    _brands.Register(mention);
                }

                // A body row follows the separator or another body row; the header row precedes the separator.
                if (line.Kind == MarkdownLineKind.TableRow && previous is MarkdownLineKind.TableSeparator or MarkdownLineKind.TableRow && firstColumnNamesItems)
                {
                    _established.RegisterFirstCell(line.Content, mentions, finder.Catalogue.IsGenericTerm);
                }
            }

            previous = line.Kind;
        }

        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            if (line.Number < _byLine.Count && _byLine[line.Number] is { } mentions)
            {
                _established.Apply(line.Content, mentions);
                if (!_brands.IsEmpty)
                {
                    _brands.Apply(line.Content, mentions);
                }
            }
        }
    }

    /// <summary>The mentions of a line, each name the catalogue does not know typed as the document types it.</summary>
    /// <param name="line">The line.</param>
    /// <param name="finder">Finds the mentions of a line the first pass did not read.</param>
    /// <returns>The mentions, in text order.</returns>
    public List<Mention> For(MarkdownLine line, MentionFinder finder)
    {
        var mentions = line.Number < _byLine.Count ? _byLine[line.Number] : null;
        mentions ??= finder.Find(line.Content, _scratch);

        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (!mention.IsCatalogued && _decided.TryGetValue(mention.Key, out var type) && mention.Type != type)
            {
                mentions[i] = mention with { Type = type };
            }
        }

        if (!_shortNames.IsEmpty)
        {
            _shortNames.Apply(line.Content, mentions);
        }

        return mentions;
    }
}
