using System.Text.RegularExpressions;
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
    private const int MaxQuotedNameLength = 24;
    private const int MaxLatinNameLength = 48;
    private const int MaxCjkNameLength = 5;

    private static readonly System.Buffers.SearchValues<char> QuoteChars = System.Buffers.SearchValues.Create("`“”「『\"[");

    private static readonly string[] ConceptWords = ["的概念", "概念", "理念", "架构", "思路", "模式", "阶段", "计划", "战略", "理论", "定律", "效应"];

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
        if (name.Length is < 2 or > MaxLatinNameLength || catalogue.IsGenericTerm(name) || Discovery.LatinNameClassifier.IsMeasurement(name))
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

    private static bool HasNameMarkers(string text)
    {
        foreach (var c in text)
        {
            if (c is '`' or '“' or '”' or '「' or '"' or '[' or '『' || char.IsAsciiLetter(c) || ChineseNameFinder.IsCjk(c))
            {
                return true;
            }
        }

        return false;
    }

    private void AddNewNames(string text, List<Mention> mentions, MentionScratch scratch)
    {
        var covered = scratch.Covered;
        covered.Clear();
        foreach (var m in mentions)
        {
            covered.Add((m.Start, m.End));
        }

        var firstUrl = covered.Count;
        AddUrls(text, covered);
        var urlCount = covered.Count - firstUrl;

        if (text.Contains('《'))
        {
            foreach (var title in TitlePattern().EnumerateMatches(text))
            {
                covered.Add((title.Index, title.Index + title.Length));
            }
        }

        var added = scratch.Added;
        added.Clear();
        if (text.AsSpan().IndexOfAny(QuoteChars) >= 0)
        {
            foreach (var quoted in QuotedPattern().EnumerateMatches(text))
            {
                // The name group without a Match object: one opening character, then the name, then "](" after a link
                // text or one closing character (see the pattern).
                var nameStart = quoted.Index + 1;
                var nameLength = quoted.Length - (text[quoted.Index] == '[' ? 3 : 2);
                if (IsQuotedName(text, quoted.Index, quoted.Index + quoted.Length, text.AsSpan(nameStart, nameLength)))
                {
                    TryAddNew(text, nameStart, nameStart + nameLength, MaxQuotedNameLength, MentionOrigin.Candidate, null, covered, added);
                }
            }
        }

        var url = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (url < urlCount && i >= covered[firstUrl + url].Start)
            {
                i = Math.Max(i, covered[firstUrl + url].End);
                url++;
                continue;
            }

            var end = LatinNameEnd(text, i);
            if (end > i)
            {
                if (LooksLikeName(text.AsSpan(i, end - i)) && LatinNameClassifier.Classify(text, i, end, _isGeneric) is { } name)
                {
                    TryAddNew(text, name.Start, name.End, MaxLatinNameLength, name.Origin, name.Type, covered, added);
                }

                i = end;
            }
        }

        if (text.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0)
        {
            var found = scratch.Found;
            found.Clear();
            ChineseNameFinder.Find(text, covered, _isGeneric, found);
            foreach (var name in found)
            {
                RemoveWithin(added, name.Start, name.End, keepCatalogued: false);
                RemoveWithin(mentions, name.Start, name.End, keepCatalogued: true);
                added.Add(new Mention(name.Start, name.End, text[name.Start..name.End], name.Origin, name.Type ?? TypeShapes.FromContext(text, name.Start, name.End)));
            }
        }

        if (added.Count > 0)
        {
            mentions.AddRange(added);
            mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        Appositions.Apply(text, mentions, covered);
        added.Clear();
    }

    /// <summary>Removes, in place and in order, the mentions inside <paramref name="start"/>..<paramref name="end"/> (the catalogued ones too unless kept).</summary>
    private static void RemoveWithin(List<Mention> mentions, int start, int end, bool keepCatalogued)
    {
        var kept = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!(m.Start >= start && m.End <= end && !(keepCatalogued && m.IsCatalogued)))
            {
                mentions[kept++] = m;
            }
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
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

    /// <summary>
    /// Whether quoted text reads as a name rather than a phrase or a title: not inside 《》, no 的, a CJK name short,
    /// and not followed by a word that makes it a concept (<c>“宪法 AI”的概念</c>).
    /// </summary>
    private static bool IsQuotedName(string text, int start, int end, ReadOnlySpan<char> name)
    {
        if ((start > 0 && text[start - 1] is '《' or '是') || name.Contains('的') || name.Contains('之'))
        {
            return false;
        }

        var latin = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                latin++;
            }
        }

        if (latin == 0 && name.Trim().Length > MaxCjkNameLength)
        {
            return false;
        }

        var after = text.AsSpan(end).TrimStart();
        foreach (var word in ConceptWords)
        {
            if (after.StartsWith(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Marks <c>http(s)://</c> and <c>www.</c> addresses as covered: nothing inside a URL is a name.</summary>
    private static void AddUrls(string text, List<(int Start, int End)> covered)
    {
        var from = 0;
        while (from < text.Length)
        {
            var http = text.IndexOf("http", from, StringComparison.Ordinal);
            var www = text.IndexOf("www.", from, StringComparison.Ordinal);
            var start = http < 0 ? www : www < 0 ? http : Math.Min(http, www);
            if (start < 0)
            {
                return;
            }

            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (')' or '）' or ']' or '>' or '"' or '\'' or '，' or '。'))
            {
                end++;
            }

            covered.Add((start, end));
            from = Math.Max(end, start + 4);
        }
    }

    /// <summary>
    /// Where a Latin name starting at <paramref name="start"/> ends: words of letters and digits joined by <c>-.·'+&amp;</c>,
    /// further words only when capitalised or numeric (<c>Speech From Brain</c>); <paramref name="start"/> when none starts there.
    /// </summary>
    private static int LatinNameEnd(string text, int start)
    {
        if (!char.IsAsciiLetter(text[start]) || (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '_' or '-')))
        {
            return start;
        }

        var end = WordEnd(text, start);
        if (!HasUpperOrDigit(text.AsSpan(start, end - start)))
        {
            return end;
        }

        while (end + 1 < text.Length && text[end] == ' ' && (char.IsAsciiLetterUpper(text[end + 1]) || char.IsAsciiDigit(text[end + 1])))
        {
            end = WordEnd(text, end + 1);
        }

        // A lower-case version belongs to the name too: Eleven v3.
        return Discovery.NameTails.End(text, end);
    }

    private static int WordEnd(string text, int i)
    {
        while (true)
        {
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            var possessive = i < text.Length && text[i] is '\'' or '’' && i + 1 < text.Length && text[i + 1] == 's' && (i + 2 >= text.Length || !char.IsAsciiLetterOrDigit(text[i + 2]));
            if (i + 1 < text.Length && !possessive && text[i] is '-' or '.' or '·' or '\'' or '+' or '&' && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }
    }

    private void TryAddNew(string text, int start, int end, int maxLength, MentionOrigin origin, Core.Entities.EntityType? type, List<(int Start, int End)> covered, List<Mention> added)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '-' or '\''))
        {
            end--;
        }

        if (end - start > maxLength || !IsPlausibleName(text.AsSpan(start, end - start)))
        {
            return;
        }

        foreach (var (s, e) in covered)
        {
            if (start < e && s < end)
            {
                return;
            }
        }

        covered.Add((start, end));
        added.Add(new Mention(start, end, text[start..end], origin, type ?? TypeShapes.FromContext(text, start, end)));
    }

    private bool LooksLikeName(ReadOnlySpan<char> token)
    {
        var space = token.IndexOf(' ');
        var first = space < 0 ? token : token[..space];
        return HasUpperOrDigit(first) && !catalogue.IsGenericTerm(first) && !catalogue.IsGenericTerm(token);
    }

    private static bool HasUpperOrDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"`(?<name>[^`\r\n]{1,48})`|[“”](?<name>[^“”\r\n，。]{1,24})[”“]|「(?<name>[^」\r\n]{1,24})」|『(?<name>[^』\r\n]{1,24})』|""(?<name>[^""\r\n，。]{1,24})""|\[(?<name>[^\]\r\n]{1,48})\]\(")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"《[^》\r\n]{1,80}》")]
    private static partial Regex TitlePattern();

}
