using System.Collections.Frozen;
using GraphExplorer.Extraction.Discovery;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// Time adverbials that may open a clause before its subject: <c>In October Hollybrook Audio acquired…</c>,
/// <c>Earlier this year Quillmoor Labs…</c>, <c>今年枢织科技收购了…</c>. They say when, not who, so the name after them still
/// opens the clause.
/// </summary>
internal static class TimePhrases
{
    /// <summary>Words that make a phrase a time (with the months and days of <see cref="EnglishWords.Dates"/>, years and quarters).</summary>
    private static readonly FrozenSet<string> TimeWords = FrozenSet.ToFrozenSet(
        ["year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "today", "yesterday", "recently", "meanwhile", "separately",
         "subsequently", "later", "then", "now", "earlier", "previously", "afterwards", "spring", "summer", "autumn", "fall", "winter"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that join the parts of a time phrase without being one (<c>in</c>, <c>early</c>, <c>this</c>).</summary>
    private static readonly FrozenSet<string> Joiners = FrozenSet.ToFrozenSet(
        ["in", "on", "at", "since", "by", "during", "until", "through", "early", "late", "mid", "last", "this", "next", "the", "of", "same", "first",
         "second", "third", "fourth", "half", "ago", "back", "that"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Chinese time words that are whole adverbials (<c>此前</c>, <c>随后</c>).</summary>
    private static readonly FrozenSet<string> ChineseAdverbials = FrozenSet.ToFrozenSet(
        ["此前", "随后", "此后", "近日", "日前", "同年", "当年", "今年", "去年", "明年", "年初", "年底", "年内"], StringComparer.Ordinal);

    /// <summary>Characters a Chinese date is written in (<c>2024年10月</c>, <c>今年十月</c>, <c>上半年</c>).</summary>
    private const string ChineseDateCharacters = "今去明前上下本同当年月日号初底中旬季度半一二三四五六七八九十〇零两0123456789";

    /// <summary>Whether <paramref name="lead"/> (the raw text before a clause's subject) is only a time adverbial.</summary>
    public static bool IsTimeAdverbial(ReadOnlySpan<char> lead)
    {
        lead = lead.Trim(" \t*_,，");
        if (lead.IsEmpty)
        {
            return false;
        }

        return ChineseNameFinder.IsCjk(lead[0]) ? IsChineseDate(lead) : IsEnglishTime(lead);
    }

    private static bool IsChineseDate(ReadOnlySpan<char> lead)
    {
        if (ChineseAdverbials.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lead))
        {
            return true;
        }

        foreach (var c in lead)
        {
            if (!ChineseDateCharacters.Contains(c))
            {
                return false;
            }
        }

        return lead[^1] is '年' or '月' or '日' or '号' or '初' or '底' or '旬' or '度';
    }

    private static bool IsEnglishTime(ReadOnlySpan<char> lead)
    {
        var times = TimeWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var joiners = Joiners.GetAlternateLookup<ReadOnlySpan<char>>();
        var dates = EnglishWords.Dates.GetAlternateLookup<ReadOnlySpan<char>>();
        var hasTime = false;
        foreach (var range in lead.SplitAny(' ', ','))
        {
            var word = lead[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (times.Contains(word) || dates.Contains(word) || IsYear(word) || IsQuarter(word))
            {
                hasTime = true;
            }
            else if (!joiners.Contains(word) && !IsDayNumber(word))
            {
                return false;
            }
        }

        return hasTime;
    }

    private static bool IsYear(ReadOnlySpan<char> word) =>
        word.Length == 4 && word[0] is '1' or '2' && char.IsAsciiDigit(word[1]) && char.IsAsciiDigit(word[2]) && char.IsAsciiDigit(word[3]);

    private static bool IsQuarter(ReadOnlySpan<char> word) => word.Length == 2 && word[0] is 'Q' or 'q' && word[1] is >= '1' and <= '4';

    private static bool IsDayNumber(ReadOnlySpan<char> word)
    {
        var digits = word.TrimEnd("stndrh");
        return digits.Length is 1 or 2 && char.IsAsciiDigit(digits[0]) && (digits.Length == 1 || char.IsAsciiDigit(digits[1]));
    }
}
