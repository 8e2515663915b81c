using System.Text.RegularExpressions;
using GraphExplorer.Extraction.Discovery;

namespace GraphExplorer.Extraction.Relations;

/// <summary>Names first met in the text, wherever no catalogue alias, URL or <c>《title》</c> already stands (see <see cref="MentionFinder"/>).</summary>
internal sealed partial class MentionFinder
{
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

    /// <summary>Words that make the Latin word before them a field, not a player (<c>在CDU市场</c>, <c>HBM领域</c>).</summary>
    private static readonly string[] FieldWords = ["市场", "领域", "赛道", "行业", "方向", "业务", "场景", "需求", "产能", "供应链"];

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

        var added = scratch.Added;
        added.Clear();
        if (text.Contains('《'))
        {
            foreach (var title in TitlePattern().EnumerateMatches(text))
            {
                // 网易的《逆水寒》手游: a title before a product's kind is the product's name; other titles are works, not players.
                if (IsProductTitle(text, title.Index, title.Index + title.Length))
                {
                    TryAddNew(text, title.Index + 1, title.Index + title.Length - 1, MaxQuotedNameLength, MentionOrigin.Discovered, Core.Entities.EntityType.Product, covered, added);
                }

                covered.Add((title.Index, title.Index + title.Length));
            }
        }

        if (text.AsSpan().IndexOfAny(QuoteChars) >= 0)
        {
            foreach (var quoted in QuotedPattern().EnumerateMatches(text))
            {
                // The name group without a Match object: one opening character, then the name, then "](" after a link
                // text or one closing character (see the pattern).
                var nameStart = quoted.Index + 1;
                var nameLength = quoted.Length - (text[quoted.Index] == '[' ? 3 : 2);
                if (IsQuotedName(text, quoted.Index, quoted.Index + quoted.Length, text.AsSpan(nameStart, nameLength))
                    && !TryAddNew(text, nameStart, nameStart + nameLength, MaxQuotedNameLength, MentionOrigin.Candidate, TypeShapes.FromName(text.AsSpan(nameStart, nameLength)), covered, added))
                {
                    TryAddQuotedOverCatalogue(text, nameStart, nameStart + nameLength, mentions, covered, added);
                }
            }
        }

        var url = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // Straight to the next Latin letter or URL: a run starts only at a letter.
            var next = text.AsSpan(i).IndexOfAnyInRange('A', 'z');
            var letter = next < 0 ? text.Length : i + next;
            i = url < urlCount ? Math.Min(letter, Math.Max(covered[firstUrl + url].Start, i)) : letter;

            if (i >= text.Length)
            {
                break;
            }

            if (url < urlCount && i >= covered[firstUrl + url].Start)
            {
                i = Math.Max(i, covered[firstUrl + url].End);
                url++;
                continue;
            }

            var end = LatinNameEnd(text, i);
            if (end > i)
            {
                // A run a catalogue alias, URL or title already covers whole gives no new name (TryAddNew would refuse it).
                // US$1.2 billion: a currency's letters, not a name.
                if (!IsCoveredWhole(covered, i, end) && !(end < text.Length && text[end] == '$')
                    && LooksLikeName(text.AsSpan(i, end - i))
                    && !WordMatch.StartsWithAny(text.AsSpan(end), FieldWords, StringComparison.Ordinal)
                    && LatinNameClassifier.Classify(text, i, end, _isGeneric) is { } name)
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
                if (ChineseWords.Places.ContainsSpan(text.AsSpan(name.Start, name.End - name.Start)) || EndsInCatalogued(mentions, name))
                {
                    // A place is never a player, whichever finder's shape it fitted (马来西亚 before YTL集团); words before a
                    // catalogued name do not make it another one (恢复H20 is H20).
                    continue;
                }

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

    /// <summary>Whether a catalogued mention ends where the found name ends, after the name's first characters.</summary>
    private static bool EndsInCatalogued(List<Mention> mentions, DiscoveredName name)
    {
        foreach (var m in mentions)
        {
            if (m.IsCatalogued && m.End == name.End && m.Start > name.Start)
            {
                return true;
            }
        }

        return false;
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
    /// A quoted name that holds a catalogued name and two or more Chinese characters more (<c>“网易天音”</c>, <c>`文心一格`</c>)
    /// is a name of its own: the quotes join what the catalogue would split (网易 + 天音). The catalogued mentions inside go.
    /// </summary>
    private void TryAddQuotedOverCatalogue(string text, int start, int end, List<Mention> mentions, List<(int Start, int End)> covered, List<Mention> added)
    {
        var uncovered = 0;
        var inside = 0;
        for (var i = start; i < end; i++)
        {
            var coveredHere = false;
            foreach (var (s, e) in covered)
            {
                if (s <= i && i < e)
                {
                    // Only catalogued names wholly inside the quotes may give way (not a URL, a title or a name running out of them).
                    if (s < start || e > end || !mentions.Exists(m => m.Start == s && m.End == e && m.IsCatalogued))
                    {
                        return;
                    }

                    coveredHere = true;
                    break;
                }
            }

            if (!coveredHere && ChineseNameFinder.IsCjk(text[i]))
            {
                uncovered++;
            }
            else if (coveredHere)
            {
                inside++;
            }
        }

        if (uncovered < MinQuotedRemainder || inside == 0 || _isGeneric(text.AsSpan(start, end - start)))
        {
            return;
        }

        RemoveWithin(mentions, start, end, keepCatalogued: false);
        for (var c = 0; c < covered.Count; c++)
        {
            if (covered[c].Start >= start && covered[c].End <= end)
            {
                // Emptied, not removed: the URLs' places in the list stay where AddNewNames counts them.
                covered[c] = (-1, -1);
            }
        }

        TryAddNew(text, start, end, MaxQuotedNameLength, MentionOrigin.Candidate, null, covered, added);
    }

    private bool TryAddNew(string text, int start, int end, int maxLength, MentionOrigin origin, Core.Entities.EntityType? type, List<(int Start, int End)> covered, List<Mention> added)
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
            return false;
        }

        foreach (var (s, e) in covered)
        {
            if (start < e && s < end)
            {
                return false;
            }
        }

        covered.Add((start, end));
        added.Add(new Mention(start, end, text[start..end], origin, type ?? TypeShapes.FromContext(text, start, end)));
        return true;
    }

    private static bool IsCoveredWhole(List<(int Start, int End)> covered, int start, int end)
    {
        foreach (var (s, e) in covered)
        {
            if (s <= start && end <= e)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Kinds of product a title names when written right after it (<c>《逆水寒》手游</c>, <c>《原神》App</c>).</summary>
    private static readonly string[] ProductTitleKinds = ["手游", "游戏", "端游", "网游", "页游", "App", "APP", "app", "应用", "小程序"];

    private static bool IsProductTitle(string text, int start, int end) =>
        end - start - 2 is >= 2 and <= MaxCjkNameLength + 3 && WordMatch.StartsWithAny(text.AsSpan(end).TrimStart(' '), ProductTitleKinds, StringComparison.Ordinal);

    [GeneratedRegex(@"《[^》\r\n]{1,80}》")]
    private static partial Regex TitlePattern();
}
