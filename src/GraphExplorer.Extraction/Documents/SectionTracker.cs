using System.Text.RegularExpressions;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Documents;

/// <summary>
/// Follows a document's structure: the market layer its headings name (<c>基础层</c>), the category the innermost
/// label names (<c>云计算巨头</c>, a bold list item with no body), and the topic each list item inherits from the
/// item it is nested under (its head entities).
/// </summary>
internal sealed partial class SectionTracker
{
    private readonly List<(int Level, string? Layer)> _headings = [];
    private readonly List<(int Indent, string Label)> _labels = [];
    private readonly List<(int Indent, IReadOnlyList<Mention> Heads)> _topics = [];

    /// <summary>The layer the current heading path names, if any.</summary>
    public string? Layer
    {
        get
        {
            for (var i = _headings.Count - 1; i >= 0; i--)
            {
                if (_headings[i].Layer is { } layer)
                {
                    return layer;
                }
            }

            return null;
        }
    }

    /// <summary>Enters a heading: deeper headings, labels and topics end.</summary>
    public void OnHeading(int level, string text)
    {
        RemoveAtLeast(_headings, static h => h.Level, level);
        var match = LayerPattern().Match(TextGaps.Strip(text));
        _headings.Add((level, match.Success ? match.Value : null));
        _labels.Clear();
        _topics.Clear();
    }

    /// <summary>A paragraph (not a list item): nested topics end; a bold-only paragraph is a label for the list below.</summary>
    public void OnParagraph(string? label)
    {
        _topics.Clear();
        if (label is not null)
        {
            _labels.Clear();
            _labels.Add((-1, label));
        }
    }

    /// <summary>Enters a list item at an indent: returns the topic it inherits and the category it sits in.</summary>
    public (IReadOnlyList<Mention> Topic, string? Category) OnItem(int indent)
    {
        RemoveAtLeast(_topics, static t => t.Indent, indent);
        RemoveAtLeast(_labels, static l => l.Indent, indent);
        IReadOnlyList<Mention> topic = _topics.Count > 0 ? _topics[^1].Heads : [];
        return (topic, _labels.Count > 0 ? _labels[^1].Label : null);
    }

    /// <summary>Records a list item's head entities as the topic of the items nested under it.</summary>
    public void SetItemHeads(int indent, IReadOnlyList<Mention> heads)
    {
        if (heads.Count > 0)
        {
            _topics.Add((indent, heads));
        }
    }

    /// <summary>Records a list item that is only a label (<c>**云计算巨头 (算力与平台):**</c>) as the category below it.</summary>
    public void SetItemLabel(int indent, string label) => _labels.Add((indent, label));

    /// <summary>The longest category label, in characters: a heading such as <c>Agent/Orchestration Frameworks</c> fits, a sentence does not.</summary>
    private const int MaxLabelLength = 40;

    /// <summary>Removes, in place and in order, the items whose level is at least <paramref name="level"/> (a <c>RemoveAll</c> closure per line allocates).</summary>
    private static void RemoveAtLeast<T>(List<T> items, Func<T, int> levelOf, int level)
    {
        var kept = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (levelOf(items[i]) < level)
            {
                items[kept++] = items[i];
            }
        }

        items.RemoveRange(kept, items.Count - kept);
    }

    // Labels up to this long are cleaned on the stack.
    private const int StackLabelLength = 256;

    /// <summary>Cleans a label: emphasis, colon and parenthesised asides removed (<c>向量数据库 (Vector Databases)</c> → <c>向量数据库</c>).</summary>
    public static string? CleanLabel(string text)
    {
        // Emphasis and parenthesised asides go; the words keep their single spaces (unlike TextGaps, which reads gaps).
        Span<char> buffer = text.Length <= StackLabelLength ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var depth = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '(' or '（':
                    depth++;
                    break;
                case ')' or '）':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '*' or '_' or '`':
                    break;
                default:
                    if (depth > 0)
                    {
                        break;
                    }

                    if (!char.IsWhiteSpace(c))
                    {
                        buffer[length++] = c;
                    }
                    else if (length > 0 && buffer[length - 1] != ' ')
                    {
                        buffer[length++] = ' ';
                    }

                    break;
            }
        }

        var cleaned = ((ReadOnlySpan<char>)buffer[..length]).TrimEnd(' ').TrimEnd(":：").Trim(' ');
        foreach (var enumerator in EnumeratorPattern().EnumerateMatches(cleaned))
        {
            cleaned = cleaned[enumerator.Length..];
            break;
        }

        return cleaned.Length is > 0 and <= MaxLabelLength ? cleaned.ToString() : null;
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{1,4}层")]
    private static partial Regex LayerPattern();

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.?|[一二三四五六七八九十]+、)")]
    private static partial Regex EnumeratorPattern();
}
