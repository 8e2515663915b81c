using GraphExplorer.Core.Documents;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Documents;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction;

/// <summary>
/// Reads entities and relationships out of a Markdown note, line by line in one pass: catalogue mentions, list and
/// table structure, then prose cue phrases. Pure and thread-safe: one instance serves every document.
/// </summary>
/// <param name="catalogue">The entity catalogue; <see cref="EntityCatalogue.Default"/> when registered through DI.</param>
public sealed class DocumentExtractor(EntityCatalogue catalogue) : IDocumentExtractor
{
    /// <summary>Lines longer than this are not read (generated or binary content); a diagnostic says so.</summary>
    public const int MaxLineLength = 20_000;

    private const double MaxControlCharacterShare = 0.1;

    private readonly MentionFinder _finder = new(catalogue);

    /// <summary>Creates an extractor over the embedded catalogue.</summary>
    public DocumentExtractor()
        : this(EntityCatalogue.Default)
    {
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public DocumentExtraction Extract(DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var builder = new DocumentGraphBuilder(source.Document, source.ContentHash);
        var sections = new SectionTracker();
        TableSchema? tableSchema = null;
        var tableHeader = false;
        var tableClaims = new Dictionary<Core.Entities.EntityKey, Core.Entities.EntityKey>();
        // Read once and kept in chunks, off the large-object heap: the mentions pass and the rules pass walk the same lines.
        // Whether a line is readable is decided once: the mentions pass walks the readable lines three times.
        var lines = new ChunkedList<MarkdownLine>();
        var readable = new ChunkedList<MarkdownLine>();
        var skipped = new ChunkedList<bool>();
        foreach (var read in MarkdownLineReader.Read(source.Text ?? string.Empty))
        {
            lines.Add(read);
            var skip = read.Content.Length > MaxLineLength || IsBinary(read.Content);
            skipped.Add(skip);
            if (!skip)
            {
                readable.Add(read);
            }
        }

        var found = new DocumentMentions(_finder, readable);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (skipped[i])
            {
                builder.AddDiagnostic(line.Number, line.Content.Length > MaxLineLength
                    ? $"Line skipped: {line.Content.Length} characters is longer than {MaxLineLength}."
                    : "Line skipped: it looks like binary content.");
                continue;
            }

            if (line.Kind != MarkdownLineKind.TableRow && line.Kind != MarkdownLineKind.TableSeparator)
            {
                tableHeader = false;
                tableSchema = null;
            }

            switch (line.Kind)
            {
                case MarkdownLineKind.Heading:
                    sections.OnHeading(line.HeadingLevel, line.Content);
                    // A document's title (# …) names its subject, not an item with its pieces: no head there.
                    ReadLine(builder, found, line, [], null, null, headAllowed: line.HeadingLevel > 1);
                    break;
                case MarkdownLineKind.ListItem:
                    var (topic, category) = sections.OnItem(line.Indent);
                    var heads = ReadLine(builder, found, line, topic, sections.Layer, category, headAllowed: true);
                    if (heads.Label is not null)
                    {
                        sections.SetItemLabel(line.Indent, heads.Label);
                    }
                    else if (heads.Mentions.Count > 0)
                    {
                        sections.SetItemHeads(line.Indent, heads.Mentions);
                    }

                    break;
                case MarkdownLineKind.Paragraph:
                    var paragraph = ReadLine(builder, found, line, [], null, null, headAllowed: true);
                    sections.OnParagraph(paragraph.Label);
                    break;
                case MarkdownLineKind.TableRow:
                    if (!tableHeader)
                    {
                        tableHeader = true;
                        tableSchema = TableSchema.FromHeader(line.Content);
                        tableClaims.Clear();
                        ReadTableRow(builder, found, line, null, tableClaims);
                        break;
                    }

                    ReadTableRow(builder, found, line, tableSchema, tableClaims);
                    break;
                default:
                    break;
            }
        }

        return builder.Build();
    }

    private (IReadOnlyList<Mention> Mentions, string? Label) ReadLine(
        DocumentGraphBuilder builder, DocumentMentions found, MarkdownLine line, IReadOnlyList<Mention> topic, string? layer, string? category, bool headAllowed)
    {
        var mentions = found.For(line, _finder);
        var context = new LineContext(line.Content, mentions, topic) { Cues = found.Cues };
        var hasHead = ItemHead.TryParse(line.Content, line.Kind == MarkdownLineKind.ListItem, out var head) && headAllowed;
        IReadOnlyList<Mention> headMentions = hasHead ? KnownMentionsBetween(context, head.Start, head.End) : [];
        string? label = null;
        // A bold item naming no known entity is a label, even if an aside reads like a name: **向量数据库 (Vector Databases):**.
        if (hasHead && headMentions.Count == 0 && !head.HasBody(line.Content))
        {
            label = SectionTracker.CleanLabel(line.Content[head.Start..head.End]);
        }

        if (mentions.Count > 0 || topic.Count > 0)
        {
            CompoundNameRules.Apply(context, hasHead ? head.End : 0, _finder);
            if (hasHead)
            {
                ListStructureRules.Apply(context, head, _finder.Catalogue);
            }

            if (line.Kind != MarkdownLineKind.Heading)
            {
                CueRules.Apply(context);
            }
        }

        foreach (var mention in mentions)
        {
            if (mention.IsKnown)
            {
                var isHead = hasHead && mention.End <= head.End;
                builder.AddEntity(mention, layer: isHead ? layer : null, category: isHead ? category : null);
            }
        }

        for (var r = 0; r < context.Relations.Count; r++)
        {
            builder.AddRelation(context.Relations[r], line.Number);
        }

        return (headMentions, label);
    }

    /// <summary>The known mentions within <paramref name="start"/>..<paramref name="end"/>, in text order.</summary>
    private static IReadOnlyList<Mention> KnownMentionsBetween(LineContext line, int start, int end)
    {
        List<Mention>? known = null;
        for (var k = line.FirstMentionAtOrAfter(start); k < line.Mentions.Count && line.Mentions[k].End <= end; k++)
        {
            if (line.Mentions[k].IsKnown)
            {
                (known ??= []).Add(line.Mentions[k]);
            }
        }

        return known ?? (IReadOnlyList<Mention>)[];
    }

    private void ReadTableRow(DocumentGraphBuilder builder, DocumentMentions found, MarkdownLine line, TableSchema? schema, Dictionary<Core.Entities.EntityKey, Core.Entities.EntityKey> claims)
    {
        var mentions = found.For(line, _finder);
        var context = new LineContext(line.Content, mentions, []) { Cues = found.Cues };
        if (schema is not null)
        {
            TableRules.ApplyRow(context, schema, _finder, claims);
        }

        CompoundNameRules.Apply(context, 0, _finder);
        foreach (var mention in mentions)
        {
            if (mention.IsKnown)
            {
                builder.AddEntity(mention);
            }
        }

        for (var r = 0; r < context.Relations.Count; r++)
        {
            builder.AddRelation(context.Relations[r], line.Number);
        }
    }

    private static bool IsBinary(string content)
    {
        var span = content.AsSpan();
        if (span.IndexOfAnyInRange('\0', '\u001F') < 0 && span.IndexOfAnyInRange('\u007F', '\u009F') < 0 && !span.Contains('\uFFFD'))
        {
            // No control character (char.IsControl's two ranges) and no replacement character: the common case, in vectorised searches.
            return false;
        }

        var control = 0;
        foreach (var c in content)
        {
            if ((char.IsControl(c) && c is not '\t') || c == '\uFFFD')
            {
                control++;
            }
        }

        return control > 0 && control > content.Length * MaxControlCharacterShare;
    }
}
