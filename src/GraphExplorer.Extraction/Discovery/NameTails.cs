namespace GraphExplorer.Extraction.Discovery;

/// <summary>
/// What may follow a model or product name after a space and still belong to it: an edition word
/// (<c>籁音-ASR Pro</c>, <c>Koda Coder Turbo</c>) or a short version (<c>籁音-TTS 3</c>, <c>绮光-XL 2.0</c>,
/// <c>Eleven v3</c>, <c>Snapdragon AR1 Gen 1</c>). Counts (<c>10亿</c>, <c>3款</c>) and years (<c>2024</c>) do not.
/// </summary>
internal static class NameTails
{
    /// <summary>The longest version read as part of a name: <c>2.0</c>, <c>V2.5</c>; a longer number is a year or a count.</summary>
    private const int MaxVersionLength = 5;

    private static readonly string[] Editions = ["Pro", "Max", "Plus", "Ultra", "Lite", "Mini", "Turbo", "Flash", "Air", "Nano", "Instruct", "Open"];

    /// <summary>Characters that, right after a number, make it a count or a date rather than a version (<c>2024年</c>, <c>1000张</c>).</summary>
    public const string CountMarkers = "年月日号万亿千百张个款副台倍次种位家代%";

    /// <summary>Where the tail written after <paramref name="at"/> ends (several may follow: <c> 2 Pro</c>); <paramref name="at"/> when none.</summary>
    /// <param name="text">The line.</param>
    /// <param name="at">Where the name ends.</param>
    public static int End(string text, int at)
    {
        var end = at;
        while (end + 1 < text.Length && text[end] == ' ')
        {
            var next = EditionEnd(text, end + 1);
            if (next == end + 1)
            {
                next = VersionEnd(text, end + 1);
            }

            if (next == end + 1)
            {
                next = LowerEditionEnd(text, end + 1);
            }

            if (next == end + 1)
            {
                next = SizeEnd(text, end + 1);
            }

            if (next == end + 1)
            {
                break;
            }

            end = next;
        }

        return end;
    }

    private static int EditionEnd(string text, int at)
    {
        foreach (var edition in Editions)
        {
            if (text.AsSpan(at).StartsWith(edition, StringComparison.Ordinal) && IsWordEnd(text, at + edition.Length))
            {
                return at + edition.Length;
            }
        }

        return at;
    }

    private static int VersionEnd(string text, int at)
    {
        var i = at;
        if (i + 1 < text.Length && text[i] is 'v' or 'V' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
        }

        var digits = i;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && i > digits && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            i++;
        }

        var isVersion = i > digits && i - at <= MaxVersionLength && IsWordEnd(text, i) && (i >= text.Length || !CountMarkers.Contains(text[i]));
        return isVersion ? i : at;
    }

    /// <summary>A parameter count, with the active part of a mixture of experts: <c>12B</c>, <c>650M</c>, <c>30B-A3B</c>.</summary>
    private static int SizeEnd(string text, int at)
    {
        var i = CountEnd(text, at);
        if (i == at)
        {
            return at;
        }

        if (i + 2 < text.Length && text[i] == '-' && text[i + 1] == 'A' && CountEnd(text, i + 2) is var active && active > i + 2)
        {
            i = active;
        }

        return IsWordEnd(text, i) ? i : at;
    }

    /// <summary>Digits (one decimal point allowed) and a B or M, or <paramref name="at"/> when none stand there.</summary>
    private static int CountEnd(string text, int at)
    {
        var i = at;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && i > at && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            i++;
        }

        return i > at && i < text.Length && text[i] is 'B' or 'M' ? i + 1 : at;
    }

    /// <summary>A lower-case edition with a hyphenated version: <c>large-v3</c>, <c>base-v2</c>.</summary>
    private static int LowerEditionEnd(string text, int at)
    {
        var i = at;
        while (i < text.Length && char.IsAsciiLetterLower(text[i]))
        {
            i++;
        }

        if (i == at || i + 1 >= text.Length || text[i] != '-')
        {
            return at;
        }

        var version = VersionEnd(text, i + 1);
        return version > i + 1 ? version : at;
    }

    private static bool IsWordEnd(string text, int i) => i >= text.Length || !char.IsAsciiLetterOrDigit(text[i]);
}
