namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// The head of a list item or labelled line and where its body starts: <c>**ChatGPT (OpenAI):** 通用对话</c>,
/// <c>`OpenAI`: DALL-E 2、ChatGPT</c>, <c>Point-E：OpenAI团队开发</c>, <c>**AWS SageMaker** - 端到端平台</c>.
/// </summary>
/// <param name="Start">Where the head's text starts.</param>
/// <param name="End">Where the head's text ends (emphasis and colon excluded).</param>
/// <param name="BodyStart">Where the body starts; the text's length when there is no body.</param>
internal readonly record struct ItemHead(int Start, int End, int BodyStart)
{
    private const int MaxPlainHeadLength = 40;
    private const int MaxDashHeadLength = 60;

    /// <summary>Whether the line has a body after its head.</summary>
    public bool HasBody(string text) => BodyStart < text.Length && !TextGaps.StripsToNothing(text.AsSpan(BodyStart));

    /// <summary>Finds the head of a line.</summary>
    /// <param name="text">The line's content (list marker stripped).</param>
    /// <param name="isListItem">Whether the line is a list item (a short item with no separator is all head).</param>
    /// <param name="head">The head, when found.</param>
    /// <returns><see langword="true"/> when the line has a head.</returns>
    public static bool TryParse(string text, bool isListItem, out ItemHead head)
    {
        head = default;
        var start = SkipEnumerator(text);
        if (start >= text.Length)
        {
            return false;
        }

        if (text.AsSpan(start).StartsWith("**"))
        {
            var close = text.IndexOf("**", start + 2, StringComparison.Ordinal);
            if (close > start + 2 && (text[close - 1] is ':' or '：' || IsSeparatorNext(text, close + 2)))
            {
                var end = TrimColon(text, start + 2, close);
                head = new ItemHead(start + 2, end, SkipSeparators(text, close + 2));
                return true;
            }
        }

        if (text[start] == '`')
        {
            var close = text.IndexOf('`', start + 1);
            if (close > start + 1 && (close + 1 >= text.Length || text[close + 1] is ':' or '：' or ' ' or '-'))
            {
                head = new ItemHead(start + 1, TrimColon(text, start + 1, close), SkipSeparators(text, close + 1));
                return true;
            }
        }

        var colon = FindColon(text, start);
        if (colon > start)
        {
            head = new ItemHead(start, colon, SkipSeparators(text, colon + 1));
            return true;
        }

        var dash = FindDash(text, start);
        if (dash > start)
        {
            head = new ItemHead(start, dash, SkipSeparators(text, dash + 1));
            return true;
        }

        if (isListItem && text.Length - start <= MaxPlainHeadLength && !TextGaps.HasClauseBreak(text.AsSpan(start)))
        {
            head = new ItemHead(start, text.Length, text.Length);
            return true;
        }

        return false;
    }

    private static bool IsSeparatorNext(string text, int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }

        return position >= text.Length || text[position] is ':' or '：' or '-' or '–' or '—';
    }

    private static int SkipEnumerator(string text)
    {
        var i = 0;
        if (text.Length > 2 && text[0] is '(' or '（')
        {
            var close = text.IndexOfAny([')', '）'], 1);
            if (close is > 1 and < 5)
            {
                i = close + 1;
            }
        }
        else if (text.Length > 0 && text[0] is >= '①' and <= '⑳')
        {
            i = 1;
        }

        while (i < text.Length && text[i] is ' ' or '·')
        {
            i++;
        }

        return i;
    }

    private static int TrimColon(string text, int start, int end)
    {
        while (end > start && (text[end - 1] is ':' or '：' || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        return end;
    }

    private static int SkipSeparators(string text, int position)
    {
        while (position < text.Length && (text[position] is ':' or '：' or '-' or '–' or '—' or '*' || char.IsWhiteSpace(text[position])))
        {
            position++;
        }

        return position;
    }

    private static int FindColon(string text, int start)
    {
        var limit = Math.Min(text.Length, start + MaxPlainHeadLength);
        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            if (c is '：' or ':')
            {
                var isUrl = c == ':' && i + 2 < text.Length && text[i + 1] == '/' && text[i + 2] == '/';
                return isUrl ? -1 : i;
            }

            if (TextGaps.IsSentenceBreak(c) || c is '，' or '(' or '（' && HasCloseBefore(text, i, limit) is false)
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool HasCloseBefore(string text, int open, int limit)
    {
        for (var i = open + 1; i < limit; i++)
        {
            if (text[i] is ')' or '）')
            {
                return true;
            }
        }

        return false;
    }

    private static int FindDash(string text, int start)
    {
        var limit = Math.Min(text.Length - 2, start + MaxDashHeadLength);
        for (var i = start + 1; i < limit; i++)
        {
            if (text[i] == ' ' && text[i + 1] is '-' or '–' or '—' && text[i + 2] == ' ')
            {
                return TextGaps.HasSentenceBreak(text.AsSpan(start, i - start)) ? -1 : i;
            }
        }

        return -1;
    }
}
