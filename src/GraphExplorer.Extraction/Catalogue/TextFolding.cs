namespace GraphExplorer.Extraction.Catalogue;

/// <summary>
/// Folds characters the way the alias matcher compares them: ASCII and full-width Latin to lower-case ASCII,
/// white space to a space, the middle dot (<c>DALL·E</c>) to a hyphen. One character in, one character out, so
/// positions in folded text are positions in the original.
/// </summary>
internal static class TextFolding
{
    private static readonly char[] FoldTable = BuildFoldTable();
    private static readonly bool[] WordTable = BuildWordTable();

    /// <summary>Folds one character (a table lookup).</summary>
    public static char Fold(char c) => FoldTable[c];

    /// <summary>Whether a folded character is part of a Latin word (letters, digits, underscore), for word boundaries.</summary>
    public static bool IsWordChar(char folded) => WordTable[folded];

    /// <summary>
    /// Where the Latin word that <paramref name="start"/> is in runs to: no phrase starts inside a word, so a scan
    /// that found none at a word's first character goes on after it.
    /// </summary>
    /// <returns>The index after the word, or <paramref name="start"/> + 1 when the character is no word character.</returns>
    public static int WordRunEnd(ReadOnlySpan<char> text, int start)
    {
        var j = start + 1;
        if (TextFolding.IsWordChar(TextFolding.Fold(text[start])))
        {
            while (j < text.Length && TextFolding.IsWordChar(TextFolding.Fold(text[j])))
            {
                j++;
            }
        }

        return j;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = ComputeFold((char)i);
        }

        return table;
    }

    private static bool[] BuildWordTable()
    {
        var table = new bool[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            // An underscore joins words in identifiers and file names (CHAT_GPT): no name starts or ends next to it.
            table[i] = c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_' || (c is >= '\u00C0' and < '\u0250');
        }

        return table;
    }

    private static char ComputeFold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c is '\t' or '\r' or '\n' ? ' ' : c;
        }

        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            var ascii = (char)(c - 0xFEE0);
            return ascii is >= 'A' and <= 'Z' ? (char)(ascii | 0x20) : ascii;
        }

        return c switch
        {
            '\u00B7' or '\u30FB' or '\u2027' => '-',
            '\u3000' or '\u00A0' => ' ',
            _ => char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c),
        };
    }

    /// <summary>Folds a whole string and collapses runs of white space, for dictionary keys.</summary>
    public static string FoldKey(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded == ' ')
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = folded;
        }

        return new string(buffer[..length]);
    }
}
