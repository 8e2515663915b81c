using System.Text.RegularExpressions;
using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Finds the entities a line mentions: catalogue aliases first (leftmost-longest), then names first met in the text —
/// code spans, quoted names, link texts and capitalised Latin names — wherever no catalogue alias already stands.
/// New names become nodes only when a rule links them to something.
/// </summary>
internal sealed partial class MentionFinder(EntityCatalogue catalogue)
{
    private const int MaxQuotedNameLength = 24;
    private const int MaxLatinNameLength = 48;
    private const int MaxCjkNameLength = 5;

    private static readonly string[] ConceptWords = ["的概念", "概念", "理念", "架构", "思路", "模式", "阶段", "计划", "战略", "理论", "定律", "效应"];

    /// <summary>The catalogue in use.</summary>
    public EntityCatalogue Catalogue => catalogue;

    /// <summary>Finds the mentions in a line.</summary>
    /// <param name="text">The line's text.</param>
    /// <returns>The mentions, in text order, without overlaps.</returns>
    public List<Mention> Find(string text)
    {
        var raw = new List<(int Start, int Length, CatalogueEntry Payload)>();
        catalogue.Scan(text, raw);
        var mentions = new List<Mention>(raw.Count + 4);
        foreach (var (start, length, entry) in raw)
        {
            mentions.Add(new Mention(start, start + length, text.Substring(start, length), entry));
        }

        if (HasNameMarkers(text))
        {
            AddNewNames(text, mentions);
        }

        return mentions;
    }

    /// <summary>Whether a stripped fragment can stand as a new name (not generic, not a sentence, not punctuation).</summary>
    public bool IsPlausibleName(ReadOnlySpan<char> name)
    {
        if (name.Length is < 2 or > MaxLatinNameLength || catalogue.IsGenericTerm(name))
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
            if (c is '`' or '“' or '”' or '「' or '"' or '[' or '『' || char.IsAsciiLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private void AddNewNames(string text, List<Mention> mentions)
    {
        var covered = new List<(int Start, int End)>(mentions.Count + 4);
        foreach (var m in mentions)
        {
            covered.Add((m.Start, m.End));
        }

        foreach (Match url in UrlPattern().Matches(text))
        {
            covered.Add((url.Index, url.Index + url.Length));
        }

        foreach (Match title in TitlePattern().Matches(text))
        {
            covered.Add((title.Index, title.Index + title.Length));
        }

        var added = new List<Mention>();
        foreach (Match quoted in QuotedPattern().Matches(text))
        {
            var group = quoted.Groups["name"];
            if (IsQuotedName(text, quoted.Index, quoted.Index + quoted.Length, group.ValueSpan))
            {
                TryAddNew(text, group.Index, group.Index + group.Length, MaxQuotedNameLength, covered, added);
            }
        }

        foreach (Match latin in LatinNamePattern().Matches(text))
        {
            if (LooksLikeName(latin.ValueSpan))
            {
                TryAddNew(text, latin.Index, latin.Index + latin.Length, MaxLatinNameLength, covered, added);
            }
        }

        if (added.Count > 0)
        {
            mentions.AddRange(added);
            mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
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

    private void TryAddNew(string text, int start, int end, int maxLength, List<(int Start, int End)> covered, List<Mention> added)
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
        added.Add(new Mention(start, end, text[start..end], null));
    }

    private bool LooksLikeName(ReadOnlySpan<char> token)
    {
        var hasUpperOrDigit = false;
        foreach (var c in token)
        {
            if (char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))
            {
                hasUpperOrDigit = true;
                break;
            }
        }

        var space = token.IndexOf(' ');
        var first = space < 0 ? token : token[..space];
        return hasUpperOrDigit && !catalogue.IsGenericTerm(first) && !catalogue.IsGenericTerm(token);
    }

    [GeneratedRegex(@"https?://[^\s)）\]>""']+|www\.[^\s)）\]>""']+|[A-Za-z0-9.-]+\.(?:com|cn|io|org|net|ai|so|app|dev)(?:/[^\s)）]*)?")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"`(?<name>[^`\r\n]{1,48})`|[“”](?<name>[^“”\r\n，。]{1,24})[”“]|「(?<name>[^」\r\n]{1,24})」|『(?<name>[^』\r\n]{1,24})』|""(?<name>[^""\r\n，。]{1,24})""|\[(?<name>[^\]\r\n]{1,48})\]\(")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"《[^》\r\n]{1,80}》")]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9._-])[A-Za-z][A-Za-z0-9]*(?:[-.·'+&][A-Za-z0-9]+)*(?: [A-Z0-9][A-Za-z0-9]*(?:[-.·'+][A-Za-z0-9]+)*)*")]
    private static partial Regex LatinNamePattern();
}
