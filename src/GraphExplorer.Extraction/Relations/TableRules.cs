using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Tables whose first column names developers (header <c>代表公司</c>, <c>Company</c> …): every model or product listed
/// in a row's other cells (split on <c>/</c>, <c>、</c>, commas; open-source notes dropped) is developed by the row's company.
/// </summary>
internal static class TableRules
{
    private static readonly string[] DeveloperHeaders =
        ["公司", "厂商", "企业", "机构", "开发者", "开发商", "研发方", "company", "companies", "vendor", "developer", "organization", "organisation", "lab"];

    private static readonly string[] ItemSeparators =
        ["/", "／", "、", ",", "，", ";", "；", "|", "均开源", "全部开源", "未开源", "已开源", "开源", "闭源", "等"];

    /// <summary>Whether a header row's first cell says the rows are developers.</summary>
    public static bool IsDeveloperHeader(string headerRow)
    {
        var cells = SplitCells(headerRow);
        return cells.Count > 1 && Array.Exists(DeveloperHeaders, h => cells[0].Contains(h, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Applies the rule to a data row of a developer table.</summary>
    /// <param name="line">The row (its mentions found over the whole row).</param>
    /// <param name="finder">Judges new names.</param>
    /// <param name="claims">
    /// The items earlier rows of the same table gave a developer: a model listed under several companies is taken to
    /// be the first one's (later rows list what they use), so later claims are dropped.
    /// </param>
    public static void ApplyDeveloperRow(LineContext line, MentionFinder finder, Dictionary<Core.Entities.EntityKey, Core.Entities.EntityKey> claims)
    {
        var text = line.Text;
        var firstBar = text.IndexOf('|');
        var secondBar = firstBar < 0 ? -1 : text.IndexOf('|', firstBar + 1);
        if (secondBar < 0)
        {
            return;
        }

        var developer = line.Mentions.FirstOrDefault(m => m.Start > firstBar && m.End <= secondBar);
        if (developer is null || !developer.IsCompany || line.Gap(firstBar + 1, developer.Start).Length > 0)
        {
            return;
        }

        var quote = text.Trim();
        foreach (var (start, end) in Items(text, secondBar + 1))
        {
            var item = text[start..end].Trim();
            var inItem = CompoundNameRules.MentionsBetween(line, start, end);
            if (inItem.Count > 0)
            {
                foreach (var mention in inItem)
                {
                    if (mention.IsArtifact)
                    {
                        Claim(line, developer, mention, quote, claims);
                    }
                }
            }
            else if (finder.IsPlausibleName(item))
            {
                var offset = text.IndexOf(item, start, StringComparison.Ordinal);
                Claim(line, developer, new Mention(offset, offset + item.Length, item, null), quote, claims);
            }
        }
    }

    private static void Claim(LineContext line, Mention developer, Mention item, string quote, Dictionary<Core.Entities.EntityKey, Core.Entities.EntityKey> claims)
    {
        if (claims.TryGetValue(item.Key, out var owner) && owner != developer.Key)
        {
            return;
        }

        claims[item.Key] = developer.Key;
        line.Add(developer, RelationshipType.Develops, item, EvidenceBasis.Structure, quote);
    }

    private static List<string> SplitCells(string row) =>
        [.. row.Split('|').Select(c => TextGaps.Strip(c)).SkipWhile(c => c.Length == 0)];

    /// <summary>The spans of the items in a row's cells, from <paramref name="from"/> on.</summary>
    private static IEnumerable<(int Start, int End)> Items(string text, int from)
    {
        var start = from;
        var i = from;
        while (i < text.Length)
        {
            var separator = SeparatorAt(text, i);
            if (separator > 0)
            {
                if (i > start)
                {
                    yield return (start, i);
                }

                i += separator;
                start = i;
            }
            else
            {
                i++;
            }
        }

        if (i > start)
        {
            yield return (start, i);
        }
    }

    private static int SeparatorAt(string text, int position)
    {
        foreach (var separator in ItemSeparators)
        {
            if (string.CompareOrdinal(text, position, separator, 0, separator.Length) == 0)
            {
                return separator.Length;
            }
        }

        return 0;
    }
}
