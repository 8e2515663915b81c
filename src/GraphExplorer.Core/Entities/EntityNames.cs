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

        if (IsStable(name))
        {
            return NormalizeAscii(name);
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

    /// <summary>
    /// <see cref="Normalize"/> for ASCII and CJK-ideograph text in one pass: such text is its own NFKC form and
    /// lower-cases letter by letter, so only case and white space change. Gives exactly what the general path gives.
    /// </summary>
    private static string NormalizeAscii(string name)
    {
        Span<char> buffer = name.Length <= StackLimit ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            // An ideograph has no case: only ASCII needs lower-casing (char.ToLowerInvariant would ask ICU for the rest).
            buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        // A name already in normal form (every Chinese name, most lower-case ones) is its own key: no copy.
        return buffer[..length].SequenceEqual(name) ? name : new string(buffer[..length]);
    }

    /// <summary>
    /// Whether every character is ASCII or a CJK unified ideograph (U+4E00–U+9FFF): such text is its own NFKC form
    /// (no character decomposes or combines) and lower-cases character by character, ideographs unchanged.
    /// </summary>
    private static bool IsStable(string name)
    {
        foreach (var c in name)
        {
            if (c >= '\u0080' && c is < '\u4E00' or > '\u9FFF')
            {
                return false;
            }
        }

        return true;
    }

    // Names longer than this (in characters) are folded in a heap buffer rather than on the stack.
    private const int StackLimit = 256;

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
