using GraphExplorer.Core.Entities;

namespace GraphExplorer.Core.Curation;

/// <summary>
/// Which evidence follows an alias split off into its own entity. The rule reads only the evidence quote: find the
/// entity's names and aliases in it, longest first and not overlapping (Latin names only at word boundaries, so
/// "Azure" inside "Microsoft Azure" is not a second mention); the evidence moves to the new entity when the names
/// found are the split alias and nothing else of the entity. A quote that names the entity by another name too, or
/// by none of its names (the extractor matched it some other way), stays with the entity.
/// </summary>
public static class SplitRule
{
    /// <summary>Which split alias (if any) a quote names the entity by, alone.</summary>
    /// <param name="quote">The evidence quote.</param>
    /// <param name="splitAliases">The aliases split off the entity, in comparison form (<see cref="EntityNames.Normalize"/>).</param>
    /// <param name="otherNames">The entity's names and aliases that stay with it, in comparison form.</param>
    /// <returns>The split alias the evidence moves with, or <see langword="null"/> when it stays.</returns>
    public static string? MovesWith(string quote, IReadOnlyCollection<string> splitAliases, IReadOnlyCollection<string> otherNames)
    {
        ArgumentNullException.ThrowIfNull(splitAliases);
        ArgumentNullException.ThrowIfNull(otherNames);
        var text = EntityNames.Normalize(quote);
        if (text.Length == 0 || splitAliases.Count == 0)
        {
            return null;
        }

        var names = splitAliases.Select(a => (Name: a, Split: true)).Concat(otherNames.Select(n => (Name: n, Split: false)))
            .Where(n => n.Name.Length > 0)
            .OrderByDescending(n => n.Name.Length)
            .ThenBy(n => n.Name, StringComparer.Ordinal);
        var taken = new bool[text.Length];
        string? found = null;
        foreach (var (name, split) in names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (!Free(taken, at, name.Length) || !AtBoundaries(text, at, name.Length))
                {
                    continue;
                }

                if (!split || (found is not null && found != name))
                {
                    return null;
                }

                found = name;
                Array.Fill(taken, true, at, name.Length);
            }
        }

        return found;
    }

    private static bool Free(bool[] taken, int at, int length) => Array.IndexOf(taken, true, at, length) < 0;

    /// <summary>A name that starts or ends with a Latin letter or digit must not continue a Latin word there.</summary>
    private static bool AtBoundaries(string text, int at, int length)
    {
        var end = at + length;
        return !(at > 0 && IsLatinWord(text[at]) && IsLatinWord(text[at - 1]))
            && !(end < text.Length && IsLatinWord(text[end - 1]) && IsLatinWord(text[end]));
    }

    private static bool IsLatinWord(char c) => char.IsAsciiLetterOrDigit(c);
}
