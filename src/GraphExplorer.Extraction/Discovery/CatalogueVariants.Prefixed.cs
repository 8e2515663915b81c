using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>Capitalised words written before a catalogue name (see <see cref="CatalogueVariants"/>).</summary>
internal static partial class CatalogueVariants
{
    /// <summary>How many capitalised words before a catalogue name may belong to another name (<c>FactoryTalk Design Studio Copilot</c>).</summary>
    private const int MaxPrefixWords = 3;

    /// <summary>
    /// Grows a catalogue mention over the capitalised words written right before it, which make another entity of which
    /// the catalogue name is only the last word (<c>Genix Copilot</c> is not Copilot, <c>Neural Magic</c> is not Magic);
    /// a catalogued company right before those words is the new name's first word (<c>Siemens Industrial Copilot</c>).
    /// Ordinary, place and date words stop it, and a line in title case (a heading: <c>Why Enterprises Choose Qwen</c>) is left alone.
    /// </summary>
    /// <param name="text">The line.</param>
    /// <param name="mentions">The line's catalogue mentions, in text order; grown in place.</param>
    public static void GrowLeft(string text, List<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if ((mention.Entry is not null || mention.IsCatalogueVariant) && IsLatin(mention.Surface) && mention.Start >= 2 && text[mention.Start - 1] == '-'
                && HyphenatedPrefixStart(text, mention.Start - 1, i > 0 ? mentions[i - 1].End : 0) is var prefixStart and >= 0)
            {
                // Sec-Gemini v1, Med-PaLM: a capitalised word hyphenated before a catalogue name makes another name.
                mentions[i] = Variant(prefixStart, mention.End, text, mention.Type == EntityType.Company ? null : mention.Type);
                continue;
            }

            if (mention.Entry is null || !IsLatin(mention.Surface) || mention.Start < 2 || text[mention.Start - 1] != ' ')
            {
                continue;
            }

            var previousEnd = i > 0 ? mentions[i - 1].End : 0;
            var start = mention.Start;
            var words = 0;
            while (words < MaxPrefixWords && start >= 2 && text[start - 1] == ' ' && PrefixWordStart(text, start - 1, previousEnd) is var wordStart and >= 0)
            {
                start = wordStart;
                words++;
            }

            if (words == 0 || IsTitleCase(text, mentions))
            {
                continue;
            }

            if (i > 0 && mentions[i - 1] is { Entry.Type: EntityType.Company } company && company.End == start - 1 && IsLatin(company.Surface))
            {
                start = company.Start;
                mentions.RemoveAt(i - 1);
                i--;
            }

            mentions[i] = Variant(start, mention.End, text, mention.Entry.Type);
        }
    }

    /// <summary>Where the capitalised word hyphenated before a name at <paramref name="hyphen"/> starts (<c>Sec-</c>), or -1.</summary>
    private static int HyphenatedPrefixStart(string text, int hyphen, int previousEnd)
    {
        var start = hyphen;
        while (start > previousEnd && char.IsAsciiLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        return start < hyphen && char.IsAsciiLetterUpper(text[start]) && (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '.' or '_'))
            ? start
            : -1;
    }

    /// <summary>Where the capitalised word ending at <paramref name="end"/> starts, or -1 when none that may start a name ends there.</summary>
    private static int PrefixWordStart(string text, int end, int previousEnd)
    {
        var start = end;
        while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] == '-'))
        {
            start--;
        }

        if (start == end || start < previousEnd || !char.IsAsciiLetterUpper(text[start]) || (start > 0 && text[start - 1] is '.' or '_' or '\'' or '’'))
        {
            return -1;
        }

        var word = text.AsSpan(start, end - start);
        var ordinary = EnglishWords.Common.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        return IsStopWord(word) || (ordinary && (EnglishWords.FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || LatinNameClassifier.IsSentenceInitial(text, start))) ? -1 : start;
    }

    private static bool IsStopWord(ReadOnlySpan<char> word) =>
        EnglishWords.Places.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        || EnglishWords.Dates.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || EnglishWords.GivenNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        || EnglishWords.PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || EnglishWords.Answers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        || IsFieldWord(word);

    /// <summary>
    /// Whether the line is an English title: no ideographs, and every Latin word of three letters or more outside the
    /// catalogue's names capitalised, with a few such words (<c>Why Enterprises Choose Qwen</c>).
    /// </summary>
    private static bool IsTitleCase(string text, List<Mention> mentions)
    {
        var words = 0;
        var next = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (ChineseNameFinder.IsCjk(text[i]))
            {
                return false;
            }

            while (next < mentions.Count && mentions[next].End <= i)
            {
                next++;
            }

            if (!char.IsAsciiLetter(text[i]) || (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1])) || (next < mentions.Count && mentions[next].Start <= i))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }

            if (end - i >= 3)
            {
                if (char.IsAsciiLetterLower(text[i]))
                {
                    return false;
                }

                words++;
            }
        }

        return words >= 3;
    }
}
