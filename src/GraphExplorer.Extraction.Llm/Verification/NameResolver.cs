using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Llm.Answers;

namespace GraphExplorer.Extraction.Llm.Verification;

/// <summary>
/// Finds a name from the model's answer on a line and resolves it the way the rules do: through the
/// <see cref="EntityCatalogue"/> (its aliases too) first, then through the aliases the model listed for it.
/// </summary>
/// <param name="catalogue">The rules' entity catalogue.</param>
/// <param name="entities">The entities the model listed for the section.</param>
internal sealed class NameResolver(EntityCatalogue catalogue, IReadOnlyList<ModelEntity> entities)
{
    private static readonly string[] PersonTypes = ["person", "people", "individual", "人物", "人"];

    /// <summary>Resolves <paramref name="name"/> on <paramref name="line"/>.</summary>
    /// <returns>The entity, or why the name cannot stand on this line.</returns>
    public (ResolvedName? Name, DropReason? Reason) Resolve(string name, string line, EntityType fallbackType)
    {
        var trimmed = name.Trim();
        var listed = entities.FirstOrDefault(e => Same(e.Name, trimmed) || e.Aliases.Any(a => Same(a, trimmed)));
        List<string> forms = [trimmed];
        if (listed is not null)
        {
            forms.Add(listed.Name);
            forms.AddRange(listed.Aliases);
        }

        CatalogueEntry? entry = null;
        foreach (var form in forms)
        {
            if (catalogue.TryResolve(form, out entry))
            {
                break;
            }
        }

        var surface = entry is null ? FindForm(line, forms) : FindCatalogued(line, entry) ?? FindForm(line, forms);
        if (surface is null)
        {
            return (null, DropReason.NameNotOnLine);
        }

        if (entry is not null)
        {
            return (new ResolvedName(entry.Key, entry.Name, entry.Type, surface, IsCatalogued: true), null);
        }

        if (catalogue.IsGenericTerm(trimmed) || (listed?.Type is { } type && PersonTypes.Any(p => Same(p, type))))
        {
            return (null, DropReason.NotAnEntity);
        }

        var canonical = listed?.Name ?? trimmed;
        return (new ResolvedName(EntityKey.FromName(canonical), canonical, ParseType(listed?.Type) ?? fallbackType, surface, IsCatalogued: false), null);
    }

    private string? FindCatalogued(string line, CatalogueEntry entry)
    {
        foreach (var mention in catalogue.FindMentions(line))
        {
            if (mention.Entry.Key == entry.Key)
            {
                return line.Substring(mention.Start, mention.Length);
            }
        }

        return null;
    }

    private static string? FindForm(string line, List<string> forms)
    {
        foreach (var form in forms)
        {
            var trimmed = form.Trim();
            var at = trimmed.Length == 0 ? -1 : line.IndexOf(trimmed, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return line.Substring(at, trimmed.Length);
            }
        }

        return null;
    }

    private static EntityType? ParseType(string? type) =>
        Enum.TryParse<EntityType>(type?.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
