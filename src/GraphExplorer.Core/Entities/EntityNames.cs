using System.Globalization;
using System.Text;

namespace GraphExplorer.Core.Entities;

/// <summary>How entity names and aliases are compared: one place, used by extraction, stores and lookups.</summary>
public static class EntityNames
{
    /// <summary>
    /// Normalises a name for comparison: Unicode NFKC (full-width letters and punctuation become their
    /// ASCII forms), lower case (invariant culture), runs of white space folded to one space, trimmed. A lone
    /// surrogate (not valid Unicode, which NFKC rejects) is compared as U+FFFD.
    /// </summary>
    /// <param name="name">A name or alias as written.</param>
    /// <returns>The comparison form; empty for a null or blank name.</returns>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var folded = WithoutLoneSurrogates(name).Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
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

    /// <summary>Replaces each surrogate that is not half of a pair with U+FFFD; the string itself when it has none.</summary>
    private static string WithoutLoneSurrogates(string name)
    {
        if (name.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
