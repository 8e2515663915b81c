using System.Text.RegularExpressions;

namespace GraphExplorer.Extraction.Relations;

/// <summary>Names in code spans, quotes and link texts (see <see cref="MentionFinder"/>).</summary>
internal sealed partial class MentionFinder
{
    private const int MaxQuotedNameLength = 24;
    private const int MaxCjkNameLength = 7;

    /// <summary>The Chinese characters a quoted name must hold beyond the catalogued names inside it to stand as its own.</summary>
    private const int MinQuotedRemainder = 2;

    private static readonly System.Buffers.SearchValues<char> QuoteChars = System.Buffers.SearchValues.Create("`“”「『\"[");

    private static readonly string[] ConceptWords = ["的概念", "概念", "理念", "架构", "思路", "模式", "阶段", "计划", "战略", "理论", "定律", "效应"];

    /// <summary>
    /// Whether quoted text reads as a name rather than a phrase or a title: not inside 《》, no 的, a CJK name short,
    /// and not followed by a word that makes it a concept (<c>“宪法 AI”的概念</c>).
    /// </summary>
    private static bool IsQuotedName(string text, int start, int end, ReadOnlySpan<char> name)
    {
        if ((start > 0 && text[start - 1] is '《' or '是') || name.Contains('的') || name.Contains('之'))
        {
            return false;
        }

        var latin = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                latin++;
            }
        }

        if (latin == 0 && name.Trim().Length > MaxCjkNameLength)
        {
            return false;
        }

        var after = text.AsSpan(end).TrimStart();
        foreach (var word in ConceptWords)
        {
            if (after.StartsWith(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"`(?<name>[^`\r\n]{1,48})`|[“”](?<name>[^“”\r\n，。]{1,24})[”“]|「(?<name>[^」\r\n]{1,24})」|『(?<name>[^』\r\n]{1,24})』|""(?<name>[^""\r\n，。]{1,24})""|\[(?<name>[^\]\r\n]{1,48})\]\(")]
    private static partial Regex QuotedPattern();
}
