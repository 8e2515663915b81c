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
    // Two characters are too often an ordinary word somewhere in a long document (规模, 一定): such a name spreads only
    // when the document sets it apart as a name, a bold label or a table cell of its own (**岚禾：**, | 百炼 |).
    private const int MinLength = 3;

    private const int MinSetApartLength = 2;

    private const int MaxCellName = 6;

    private static readonly string[] LabelEnds = ["：", ":", "（", "(", "**"];

    // Besides the function characters, those of a base column's "none" (自研, 无, 未公开): a cell holding one is no name.
    private const string NotNameCharacters = ChineseWords.FunctionCharacters + "自无未";

    private readonly PhraseTrie<Mention> _names = new();
    private readonly List<(int Start, int Length, Mention Payload)> _found = [];
    private readonly HashSet<char> _firstCharacters = [];

    // The characters the names start with, for a scan that skips the others: made when a line is first read after a name was kept.
    private System.Buffers.SearchValues<char>? _starts;
    private bool _isEmpty = true;

    /// <summary>Keeps a discovered name written in Chinese characters for the document's other lines.</summary>
    /// <param name="text">The line the mention was found in.</param>
    /// <param name="mention">A mention from the first pass.</param>
    public void Register(string text, Mention mention)
    {
        var surface = mention.Surface;
        if (mention.IsCatalogued || mention.Origin != MentionOrigin.Discovered || surface.Length < MinSetApartLength
            || !ChineseNameFinder.IsCjk(surface[0]) || !ChineseNameFinder.IsCjk(surface[^1])
            || (surface.Length < MinLength && !IsSetApart(text, mention)))
        {
            return;
        }

        Keep(surface, mention);
    }

    /// <summary>
    /// Keeps the first cell of a table's body row when it holds a short Chinese name no mention covers (<c>| 百炼 | 阿里云 |</c>):
    /// the row's item, which the table rules name there and other lines write bare.
    /// </summary>
    /// <param name="text">A body row (not the header).</param>
    /// <param name="mentions">The row's mentions from the first pass.</param>
    /// <param name="isGeneric">Whether a phrase is a generic term.</param>
    public void RegisterFirstCell(string text, List<Mention> mentions, Func<ReadOnlySpan<char>, bool> isGeneric)
    {
        var cells = TableCells.Split(text);
        if (cells.Count < 2)
        {
            return;
        }

        var (start, end) = cells[0];
        var cell = text.AsSpan(start, end - start);
        var trimmed = cell.Trim(" *`");
        start += cell.Length - cell.TrimStart(" *`").Length;
        end = start + trimmed.Length;
        if (trimmed.Length < MinSetApartLength || trimmed.Length > MaxCellName || isGeneric(trimmed) || ChineseWords.Places.ContainsSpan(trimmed)
            || mentions.Exists(m => m.Start < end && start < m.End))
        {
            return;
        }

        foreach (var c in trimmed)
        {
            if (!ChineseNameFinder.IsCjk(c) || NotNameCharacters.Contains(c))
            {
                return;
            }
        }

        var surface = trimmed.ToString();
        Keep(surface, new Mention(start, end, surface, null) { Origin = MentionOrigin.Discovered });
    }

    /// <summary>Keeps a name that starts with an ideograph (its own folded form, and no other character's).</summary>
    private void Keep(string surface, Mention mention)
    {
        _names.Add(surface, mention);
        _firstCharacters.Add(surface[0]);
        _starts = null;
        _isEmpty = false;
    }

    /// <summary>Whether a mention stands alone as a bold label, a table cell or glossed or introduced: <c>**岚禾：**</c>, <c>**岚禾（Lanhe）：**</c>, <c>| 百炼 |</c>, <c>澈音（Cheyin）</c>, <c>椰岚是一家…公司</c>.</summary>
    private static bool IsSetApart(string text, Mention mention)
    {
        var before = text.AsSpan(0, mention.Start).TrimEnd(' ');
        var after = text.AsSpan(mention.End).TrimStart(' ');
        var label = before.EndsWith("**", StringComparison.Ordinal) && WordMatch.StartsWithAny(after, LabelEnds, StringComparison.Ordinal);
        var cell = before.EndsWith('|') && after.StartsWith('|');

        // 澈音（Cheyin）: a name given its Latin form in parentheses; 椰岚是一家…: a name introduced as a company.
        var glossed = after.Length > 1 && after[0] is '（' or '(' && char.IsAsciiLetterUpper(after[1]);
        var introduced = mention.IsCompany && after.StartsWith("是一家", StringComparison.Ordinal);
        return label || cell || glossed || introduced;
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
        _starts ??= System.Buffers.SearchValues.Create([.. _firstCharacters]);
        _names.Scan(text, _starts, _found);
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
