using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Tables read by their header (<see cref="TableSchema"/>): a row's developer develops the items of its item columns
/// (split on <c>/</c>, <c>、</c>, commas; open-source notes dropped), those items are built on the row's base column, and
/// the row's investors invest in its investee. A cell that names nothing the catalogue knows is itself the name
/// (a developer cell a company, an item cell typed by its header). Note, amount and round columns are not read.
/// </summary>
internal static class TableRules
{
    private static readonly string[] ItemSeparators =
        ["/", "／", "、", ",", "，", ";", "；", "与", "和", " and ", " & ", "+", "＋", "均开源", "全部开源", "未开源", "已开源", "开源", "闭源", "等"];

    private static readonly string[] NotNames = ["自研", "自有", "未公开", "未披露", "暂无", "无", "n/a", "none", "unknown", "-", "—"];

    /// <summary>Applies the table's schema to one of its data rows.</summary>
    /// <param name="line">The row (its mentions found over the whole row).</param>
    /// <param name="schema">The table's schema.</param>
    /// <param name="finder">Judges new names.</param>
    /// <param name="claims">
    /// The items earlier rows of the same table gave a developer: a model listed under several companies is taken to
    /// be the first one's (later rows list what they use), so later claims are dropped.
    /// </param>
    public static void ApplyRow(LineContext line, TableSchema schema, MentionFinder finder, Dictionary<EntityKey, EntityKey> claims)
    {
        var cells = TableCells.Split(line.Text);
        var quote = line.Text.Trim();
        var developer = schema.Developer is var d and >= 0 && d < cells.Count ? Single(line, cells[d], finder) : null;
        var items = new List<Mention>();
        for (var c = 0; c < cells.Count; c++)
        {
            if (schema.RoleAt(c) == TableColumnRole.Items)
            {
                foreach (var item in Items(line, cells[c], finder, schema.TypeAt(c)))
                {
                    if (item.IsArtifact)
                    {
                        items.Add(item);
                    }
                }
            }
        }

        if (developer is { IsCompany: true })
        {
            foreach (var item in items)
            {
                Claim(line, developer, item, quote, claims);
            }
        }

        var bases = Column(line, cells, schema, TableColumnRole.Base, finder);
        var builtOn = schema.FirstItems >= 0 && schema.FirstItems < cells.Count
            ? Items(line, cells[schema.FirstItems], finder, schema.TypeAt(schema.FirstItems)).FindAll(static m => m.IsArtifact)
            : [];
        foreach (var item in builtOn)
        {
            foreach (var @base in bases)
            {
                AddIfDistinct(line, item, RelationshipType.BuiltOn, @base, quote);
            }
        }

        // Where the item runs: a company supplies the developer compute (阿里云), a cloud product is the item's base (Shakti Cloud).
        foreach (var column in Column(line, cells, schema, TableColumnRole.Compute, finder))
        {
            // A compute source no text types is a supplier, a company (峦能算力, 渚算云, Scaleway); a cloud named as a product
            // (Shakti Cloud) or with a version stays a base; a generic one (自建机房) is nobody.
            if (Discovery.ChineseWords.GenericNames.Contains(column.Surface))
            {
                continue;
            }

            var host = column.Type is null && !column.Surface.EndsWith(" Cloud", StringComparison.Ordinal) && !CueRoles.HasVersionShape(column.Surface)
                ? column with { Type = EntityType.Company }
                : column;
            if (host.IsCompany && developer is { IsCompany: true })
            {
                AddIfDistinct(line, host, RelationshipType.SuppliesComputeTo, developer, quote);
            }
            else if (!host.IsCompany)
            {
                foreach (var item in builtOn)
                {
                    AddIfDistinct(line, item, RelationshipType.BuiltOn, host with { Type = host.Type ?? EntityType.Product }, quote);
                }
            }
        }

        if (schema.Supplier is var s and >= 0 && s < cells.Count)
        {
            var customers = Column(line, cells, schema, TableColumnRole.Customer, finder);
            foreach (var supplier in Items(line, cells[s], finder, EntityType.Company))
            {
                foreach (var customer in customers)
                {
                    AddIfDistinct(line, supplier, RelationshipType.SuppliesComputeTo, customer, quote);
                }
            }
        }

        if (schema.Investor >= 0 && schema.Investor < cells.Count && schema.Investee is var e and >= 0 && e < cells.Count)
        {
            var investees = Items(line, cells[e], finder, EntityType.Company);
            foreach (var investor in Items(line, cells[schema.Investor], finder, EntityType.Company))
            {
                if (!investor.IsCompany)
                {
                    continue;
                }

                foreach (var investee in investees)
                {
                    AddIfDistinct(line, investor, RelationshipType.InvestsIn, investee, quote);
                }
            }
        }
    }

    private static List<Mention> Column(LineContext line, List<(int Start, int End)> cells, TableSchema schema, TableColumnRole role, MentionFinder finder)
    {
        var found = new List<Mention>();
        for (var c = 0; c < cells.Count; c++)
        {
            if (schema.RoleAt(c) == role)
            {
                found.AddRange(Items(line, cells[c], finder, null));
            }
        }

        return found;
    }

    /// <summary>The one entity a cell names: the mention opening it, or the whole cell as a new company.</summary>
    private static Mention? Single(LineContext line, (int Start, int End) cell, MentionFinder finder)
    {
        var inCell = CompoundNameRules.MentionsBetween(line, cell.Start, cell.End);
        if (inCell.Count > 0)
        {
            var first = inCell[0];
            if (line.Gap(cell.Start, first.Start).Length > 0)
            {
                return null;
            }

            // A new name alone in the developer column is a company, whatever its words suggest (Tinvale Audio).
            var alone = inCell.Count == 1 && line.Gap(first.End, cell.End).Length == 0;
            return alone && !first.IsCatalogued && !first.IsCompany ? first with { Type = EntityType.Company } : first;
        }

        return NewName(line.Text, cell.Start, cell.End, finder, EntityType.Company);
    }

    /// <summary>The entities listed in a cell: per item, its mentions, or the item itself as a new name of the column's type.</summary>
    private static List<Mention> Items(LineContext line, (int Start, int End) cell, MentionFinder finder, EntityType? type)
    {
        var found = new List<Mention>();
        foreach (var (start, end) in ItemSpans(line.Text, cell.Start, cell.End))
        {
            var inItem = CompoundNameRules.MentionsBetween(line, start, end);
            var covered = inItem.Count == 1 && line.Gap(start, inItem[0].Start).Length == 0 && line.Gap(inItem[0].End, end).Length == 0;
            var makerPrefixed = type is not EntityType.Company && inItem.Count == 1 && inItem[0].IsCompany && !covered && line.Gap(start, inItem[0].Start).Length == 0;
            if (makerPrefixed && NewName(line.Text, start, end, finder, type ?? EntityType.Product) is { } product)
            {
                // An item cell naming its maker and more (小米AI眼镜) names a product of that maker, not the maker.
                found.Add(product);
            }
            else if (inItem.Exists(m => m.IsCatalogued) || covered)
            {
                // A name found elsewhere in the line but typed by nothing takes the column's type.
                found.AddRange(inItem.Select(m => m.IsCatalogued || m.Type is not null || type is null ? m : m with { Type = type }));
            }
            else if (NewName(line.Text, start, end, finder, type) is { } name)
            {
                found.Add(name);
            }
        }

        return found;
    }

    private static Mention? NewName(string text, int start, int end, MentionFinder finder, EntityType? type)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '*' or '`'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '*' or '`'))
        {
            end--;
        }

        var name = text[start..end];
        if (!finder.IsPlausibleName(name) || Array.Exists(NotNames, n => name.StartsWith(n, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return new Mention(start, end, name, MentionOrigin.Discovered, type);
    }

    private static void AddIfDistinct(LineContext line, Mention source, RelationshipType type, Mention target, string quote)
    {
        if (source.Key != target.Key)
        {
            line.Add(source, type, target, EvidenceBasis.Structure, quote);
        }
    }

    private static void Claim(LineContext line, Mention developer, Mention item, string quote, Dictionary<EntityKey, EntityKey> claims)
    {
        if (claims.TryGetValue(item.Key, out var owner) && owner != developer.Key)
        {
            return;
        }

        claims[item.Key] = developer.Key;
        AddIfDistinct(line, developer, RelationshipType.Develops, item, quote);
    }

    /// <summary>The spans of the items in a cell.</summary>
    private static IEnumerable<(int Start, int End)> ItemSpans(string text, int from, int to)
    {
        var start = from;
        var i = from;
        while (i < to)
        {
            var separator = SeparatorAt(text, i, to);
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

    private static int SeparatorAt(string text, int position, int to)
    {
        foreach (var separator in ItemSeparators)
        {
            if (position + separator.Length <= to && string.CompareOrdinal(text, position, separator, 0, separator.Length) == 0)
            {
                return separator.Length;
            }
        }

        return 0;
    }
}
