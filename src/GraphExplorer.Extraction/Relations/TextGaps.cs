namespace GraphExplorer.Extraction.Relations;

/// <summary>Judges the text between two mentions: markup-free, is it a list separator, a clause break, a possessive.</summary>
internal static class TextGaps
{
    private static readonly LowerWords Coordinators = new("、", ",", "，", "/", "／", "和", "与", "與", "及", "以及", "跟", "同", "and", "&", "+", "or", "或", "，以及", "、以及", ",and", "andto", "andwith", "andby", "andfrom", ",andto", ",andwith");

    private static readonly string[] ListFillers = ["系列", "等", "series", "family", "家族", "模型", "大模型"];

    /// <summary>How long a stripped buffer for a gap may be kept on the stack.</summary>
    private const int MaxStackGap = 256;

    /// <summary>The gap's text without Markdown emphasis, code ticks, quotes, brackets of links or white space.</summary>
    public static string Strip(ReadOnlySpan<char> gap)
    {
        Span<char> buffer = gap.Length <= MaxStackGap ? stackalloc char[gap.Length] : new char[gap.Length];
        return new string(StripInto(gap, buffer));
    }

    /// <summary>The length of the gap stripped (<see cref="Strip(ReadOnlySpan{char})"/>), without making the string.</summary>
    public static int StrippedLength(ReadOnlySpan<char> gap) => StrippedLength(gap, int.MaxValue);

    /// <summary>Whether nothing is left of the gap once stripped (<see cref="Strip(ReadOnlySpan{char})"/>).</summary>
    public static bool StripsToNothing(ReadOnlySpan<char> gap) => StrippedLength(gap, 1) == 0;

    /// <summary>StripInto's walk, counting instead of copying, and stopping once <paramref name="enough"/> characters are kept.</summary>
    private static int StrippedLength(ReadOnlySpan<char> gap, int enough)
    {
        var length = 0;
        for (var i = 0; i < gap.Length; i++)
        {
            var c = gap[i];
            if (LinkTargetEnd(gap, i) is var close and > 0)
            {
                // A link's target, [text](url), is no part of the gap's words.
                i = close;
                continue;
            }

            if (!IsStripped(c) && ++length >= enough)
            {
                break;
            }
        }

        return length;
    }

    /// <summary>Where the link target opened right after a <c>]</c> at <paramref name="i"/> closes (<c>](url)</c>), or -1.</summary>
    private static int LinkTargetEnd(ReadOnlySpan<char> gap, int i)
    {
        if (gap[i] != ']' || i + 1 >= gap.Length || gap[i + 1] != '(')
        {
            return -1;
        }

        var close = gap[(i + 1)..].IndexOf(')');
        return close > 0 ? i + 1 + close : -1;
    }

    /// <summary>Whether <see cref="StripInto"/> drops a character (emphasis, code ticks, quotes, link brackets, white space).</summary>
    private static bool IsStripped(char c) =>
        c is '*' or '_' or '`' or '~' or '“' or '”' or '「' or '」' or '『' or '』' or '"' or '‘' or '’' or '[' or ']' or '\u200b' || char.IsWhiteSpace(c);

    /// <summary>
    /// The gap stripped (<see cref="Strip(ReadOnlySpan{char})"/>) into <paramref name="buffer"/>: the same text without a
    /// string when the buffer is at least as long as the gap (a string otherwise).
    /// </summary>
    /// <returns>The part of <paramref name="buffer"/> written, or the string's text.</returns>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> gap, Span<char> buffer) =>
        gap.Length <= buffer.Length ? StripInto(gap, buffer) : Strip(gap);

    private static ReadOnlySpan<char> StripInto(ReadOnlySpan<char> gap, Span<char> buffer)
    {
        var length = 0;
        for (var i = 0; i < gap.Length; i++)
        {
            var c = gap[i];
            if (LinkTargetEnd(gap, i) is var close and > 0)
            {
                // A link's target, [text](url), is no part of the gap's words.
                i = close;
                continue;
            }

            if (IsStripped(c))
            {
                continue;
            }

            buffer[length++] = c;
        }

        return buffer[..length];
    }

    /// <summary>The gap stripped (<see cref="Strip(ReadOnlySpan{char})"/>) and without parenthesised asides such as <c>（开源）</c>.</summary>
    public static string StripAsides(ReadOnlySpan<char> gap)
    {
        Span<char> buffer = gap.Length <= MaxStackGap ? stackalloc char[gap.Length] : new char[gap.Length];
        return new string(StripAsidesInto(gap, buffer));
    }

    /// <summary>
    /// The gap without asides (<see cref="StripAsides(ReadOnlySpan{char})"/>) written into <paramref name="buffer"/>: the same
    /// text without a string when the buffer is at least as long as the gap (a string otherwise).
    /// </summary>
    /// <returns>The part of <paramref name="buffer"/> written, or the string's text.</returns>
    public static ReadOnlySpan<char> StripAsides(ReadOnlySpan<char> gap, Span<char> buffer) =>
        gap.Length <= buffer.Length ? StripAsidesInto(gap, buffer) : StripAsides(gap);

    private static ReadOnlySpan<char> StripAsidesInto(ReadOnlySpan<char> gap, Span<char> buffer)
    {
        var stripped = StripInto(gap, buffer).Length;
        if (buffer[..stripped].IndexOfAny('(', '（') < 0)
        {
            return buffer[..stripped];
        }

        // In place: what is kept never lies ahead of what is read.
        var length = 0;
        var depth = 0;
        for (var i = 0; i < stripped; i++)
        {
            var c = buffer[i];
            if (c is '(' or '（')
            {
                depth++;
            }
            else if (c is ')' or '）')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                buffer[length++] = c;
            }
        }

        return buffer[..length];
    }

    /// <summary>Whether a stripped gap joins two items of one list (<c>、</c>, <c>和</c>, <c>and</c> …).</summary>
    public static bool IsCoordinator(ReadOnlySpan<char> stripped)
    {
        var core = TrimFillers(stripped);
        return core.Length == 0 || Coordinators.Contains(core);
    }

    /// <summary>Removes list fillers (<c>系列</c>, <c>等</c>) from both ends of a stripped gap.</summary>
    public static ReadOnlySpan<char> TrimFillers(ReadOnlySpan<char> stripped)
    {
        var changed = true;
        while (changed && stripped.Length > 0)
        {
            changed = false;
            foreach (var filler in ListFillers)
            {
                if (stripped.StartsWith(filler, StringComparison.OrdinalIgnoreCase))
                {
                    stripped = stripped[filler.Length..];
                    changed = true;
                }
                else if (stripped.EndsWith(filler, StringComparison.OrdinalIgnoreCase))
                {
                    stripped = stripped[..^filler.Length];
                    changed = true;
                }
            }
        }

        return stripped;
    }

    /// <summary>Abbreviations whose full stop does not end an English sentence.</summary>
    private static readonly string[] Abbreviations = ["vs", "e.g", "i.e", "etc", "inc", "co", "corp", "ltd", "dr", "mr", "ms", "st", "no", "u.s", "approx", "jr", "sr", "fig"];

    /// <summary>Whether a character ends a sentence (a full stop only in context: <see cref="IsSentenceBreakAt"/>).</summary>
    public static bool IsSentenceBreak(char c) => c is '。' or '！' or '？' or '!' or '?';

    /// <summary>The characters <see cref="IsSentenceBreakAt"/> can hold at, for a search that skips the others.</summary>
    public static readonly System.Buffers.SearchValues<char> SentenceBreakCharacters = System.Buffers.SearchValues.Create("。！？!?.");

    /// <summary>The characters <see cref="IsClauseBreak(char)"/> holds for.</summary>
    private static readonly System.Buffers.SearchValues<char> ClauseBreakCharacters = System.Buffers.SearchValues.Create("。！？!?，,：:；;");

    /// <summary>The characters <see cref="IsClauseBreakAt"/> or <see cref="IsSentenceBreakAt"/> can hold at.</summary>
    public static readonly System.Buffers.SearchValues<char> AnyBreakCharacters = System.Buffers.SearchValues.Create("。！？!?.，,：:；;");

    /// <summary>
    /// Whether the character at <paramref name="index"/> ends a sentence: <see cref="IsSentenceBreak(char)"/>, or an
    /// English full stop — followed by a space or the end, after a word that is not an abbreviation or a single letter
    /// (<c>Inc.</c>, <c>vs.</c>, <c>U.S.</c> and <c>Llama-3.1</c> go on; the letter of a <c>Series B.</c> ends it).
    /// </summary>
    public static bool IsSentenceBreakAt(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (c != '.')
        {
            return IsSentenceBreak(c);
        }

        if (index + 1 < text.Length && !char.IsWhiteSpace(text[index + 1]))
        {
            return false;
        }

        var start = index;
        while (start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text[start..index];
        if (word.Length == 0)
        {
            return index > 0 && (char.IsAsciiDigit(text[index - 1]) || text[index - 1] is ')' or '"' or '\'' or '”' or '*' or '`');
        }

        if (word.Length == 1)
        {
            // An initial goes on (J. Smith); a round's letter ends its sentence (…raised $60M in a Series B. Thrive led it).
            return text[..start].EndsWith("Series ", StringComparison.OrdinalIgnoreCase);
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a character ends a clause (a sentence break, a semicolon, a comma or a colon).</summary>
    public static bool IsClauseBreak(char c) => IsSentenceBreak(c) || c is '，' or ',' or '：' or ':' or '；' or ';';

    /// <summary>Whether the character at <paramref name="index"/> breaks a clause: <see cref="IsClauseBreak(char)"/>, but not a digit group's comma (<c>2,000</c>) or a time's colon.</summary>
    public static bool IsClauseBreakAt(ReadOnlySpan<char> text, int index) =>
        IsClauseBreak(text[index])
        && !(text[index] is ',' or ':' && index > 0 && index + 1 < text.Length && char.IsAsciiDigit(text[index - 1]) && char.IsAsciiDigit(text[index + 1]));

    /// <summary>Whether the span holds a clause break.</summary>
    public static bool HasClauseBreak(ReadOnlySpan<char> text) => text.IndexOfAny(ClauseBreakCharacters) >= 0;

    /// <summary>Whether the span holds a sentence break.</summary>
    public static bool HasSentenceBreak(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAny(SentenceBreakCharacters); i >= 0; i = NextIndexOfAny(text, i + 1, SentenceBreakCharacters))
        {
            if (IsSentenceBreakAt(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the first of <paramref name="values"/> at <paramref name="from"/> or after, or -1.</summary>
    public static int NextIndexOfAny(ReadOnlySpan<char> text, int from, System.Buffers.SearchValues<char> values)
    {
        var next = from < text.Length ? text[from..].IndexOfAny(values) : -1;
        return next < 0 ? -1 : from + next;
    }
}
