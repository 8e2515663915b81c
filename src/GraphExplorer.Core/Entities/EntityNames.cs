using System.Globalization;
using System.Text;

namespace GraphExplorer.Core.Entities;

/// <summary>How entity names and aliases are compared: one place, used by extraction, stores and lookups.</summary>
public static class EntityNames
{
    /// <summary>
    /// Normalises a name for comparison: Unicode NFKC (full-width letters and punctuation become their
    /// ASCII forms), lower case (invariant culture), runs of white space folded to one space, trimmed.
    /// </summary>
    /// <param name="name">A name or alias as written.</param>
    /// <returns>The comparison form; empty for a null or blank name.</returns>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var folded = name.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
