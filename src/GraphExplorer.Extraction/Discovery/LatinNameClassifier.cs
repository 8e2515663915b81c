using System.Collections.Frozen;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>
/// Decides whether a run of capitalised Latin words is a name, and how sure that is: ordinary words at a sentence's
/// start are not (<c>The</c>, <c>However</c>), people are not (<c>CEO Sam Altman</c>, <c>Ian Goodfellow</c>); multi-word
/// names with a company ending (<c>Thrive Capital</c>), mixed case and digits (<c>CoreWeave</c>, <c>G42</c>,
/// <c>Llama-3.1-Nemotron-70B</c>) and words no dictionary knows (<c>Anysphere</c>) are.
/// </summary>
internal static class LatinNameClassifier
{
    private const int MinAcronymLength = 3;

    /// <summary>Hardware nouns written after a chip's name, never part of it (<c>H100 GPUs</c>, <c>Trainium2 chips</c>).</summary>
    private static readonly Relations.LowerWords HardwareNouns = new("gpu", "gpus", "tpu", "tpus", "npu", "npus", "chips", "servers", "clusters", "accelerators", "instances");

    private static bool IsGenericWord(ReadOnlySpan<char> word) => HardwareNouns.Contains(word);

    /// <summary>Words before a month or day that make it a date (<c>In October</c>, <c>since March</c>).</summary>
    private static readonly FrozenSet<string> TimePrepositions =
        FrozenSet.ToFrozenSet(["in", "on", "since", "by", "until", "till", "during", "from", "through", "early", "late", "mid", "last", "next", "this"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Classifies the Latin run <paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/>.</summary>
    /// <param name="text">The line.</param>
    /// <param name="start">Where the run starts.</param>
    /// <param name="end">Where the run ends.</param>
    /// <param name="isGeneric">Whether a word is a generic term (<c>GPU</c>, <c>Transformer</c>).</param>
    /// <returns>The name (possibly shorter than the run, leading ordinary words dropped), or <see langword="null"/>.</returns>
    public static DiscoveredName? Classify(string text, int start, int end, Func<ReadOnlySpan<char>, bool> isGeneric)
    {
        if (FollowsPersonTitle(text, start))
        {
            return null;
        }

        var sentenceInitial = IsSentenceInitial(text, start);
        var common = EnglishWords.Common.GetAlternateLookup<ReadOnlySpan<char>>();

        // Drop leading ordinary words: "The Thrive Capital", "In CoreWeave's".
        var afterPreposition = false;
        while (true)
        {
            var space = text.AsSpan(start, end - start).IndexOf(' ');
            if (space < 0)
            {
                break;
            }

            // Mid-sentence, only a function word is dropped: "Neural Magic" keeps its ordinary first word. A month or day
            // right after a dropped time preposition is a date: "In October Hollybrook Audio" (not "that March Capital").
            var word = text.AsSpan(start, space);
            var isDate = afterPreposition && EnglishWords.Dates.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            if (!isDate && (!common.Contains(word) || HasDigitOrInnerUpper(word) || !(sentenceInitial || EnglishWords.FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))))
            {
                break;
            }

            start += space + 1;
            sentenceInitial = false;
            afterPreposition = TimePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        }

        // Drop trailing generic words: "H100 GPUs", "Trainium2 Chips".
        for (var cut = text.AsSpan(start, end - start).LastIndexOf(' '); cut > 0 && IsGenericWord(text.AsSpan(start + cut + 1, end - start - cut - 1));
             cut = text.AsSpan(start, end - start).LastIndexOf(' '))
        {
            end = start + cut;
        }

        var name = text.AsSpan(start, end - start);
        if (LatinNonNames.IsDateOrAdjective(name))
        {
            // in April 2024, a Cologne-based company: a date and an adjective, not names.
            return null;
        }

        if (isGeneric(name) || name.StartsWith("Series ", StringComparison.Ordinal))
        {
            // Series B is a round, not a name (the rules read it as one).
            return null;
        }

        var words = name.Count(' ') + 1;
        if (words == 1)
        {
            return ClassifyWord(name, start, end, sentenceInitial, isGeneric);
        }

        var firstSpace = name.IndexOf(' ');
        var first = name[..firstSpace];
        var lastSpace = name.LastIndexOf(' ');
        var last = name[(lastSpace + 1)..];
        if (EnglishWords.GivenNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first) && words <= 3
            && !EnglishWords.CompanySuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last) && !HasDigitOrInnerUpper(name))
        {
            return null;
        }

        var hasUncommon = false;
        var onlyPlaces = true;
        var places = EnglishWords.Places.GetAlternateLookup<ReadOnlySpan<char>>();
        var dates = EnglishWords.Dates.GetAlternateLookup<ReadOnlySpan<char>>();
        var rest = name;
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            hasUncommon |= !common.Contains(word) || HasDigitOrInnerUpper(word);
            onlyPlaces &= places.Contains(word) || dates.Contains(word);
            rest = space < 0 ? [] : rest[(space + 1)..];
        }

        // San Francisco, New York, Palo Alto: a place written in words a name would not be made of.
        if (!hasUncommon || onlyPlaces)
        {
            return null;
        }

        return new DiscoveredName(start, end, MentionOrigin.Discovered, TypeShapes.FromName(name));
    }

    private static DiscoveredName? ClassifyWord(ReadOnlySpan<char> word, int start, int end, bool sentenceInitial, Func<ReadOnlySpan<char>, bool> isGeneric)
    {
        if (word.Length < 2 || isGeneric(word) || EnglishWords.Places.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || EnglishWords.Answers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            || EnglishWords.Dates.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || IsMeasurement(word))
        {
            return null;
        }

        var type = TypeShapes.FromName(word);
        if (IsCommonCompound(word, isGeneric))
        {
            // Large-scale, Real-time, AI-Agent: ordinary or generic words hyphenated, not a name.
            return null;
        }

        if (HasDigitOrInnerUpper(word) || HasCapitalisedPart(word))
        {
            return new DiscoveredName(start, end, MentionOrigin.Discovered, type);
        }

        if (EnglishWords.Common.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || EnglishWords.PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return sentenceInitial ? null : new DiscoveredName(start, end, MentionOrigin.Candidate, type);
        }

        if (EnglishWords.GivenNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return null;
        }

        var allUpper = IsAllUpper(word);
        if (allUpper && word.Length < MinAcronymLength)
        {
            return new DiscoveredName(start, end, MentionOrigin.Candidate, type);
        }

        return char.IsAsciiLetterUpper(word[0]) ? new DiscoveredName(start, end, MentionOrigin.Discovered, type) : null;
    }

    /// <summary>Units after a number that make a measurement, not a name (<c>3nm</c>, <c>80GB</c>, <c>700W</c>, <c>40TOPS</c>).</summary>
    private static readonly string[] Units = ["nm", "mm", "cm", "GB", "TB", "MB", "PB", "W", "kW", "MW", "GW", "GHz", "MHz", "TOPS", "TFLOPS", "PFLOPS", "ms", "fps", "x", "K", "M"];

    /// <summary>Whether a word is a number with a unit (<c>3nm</c>, <c>1.5TB</c>): a process node or a size, never a name.</summary>
    public static bool IsMeasurement(ReadOnlySpan<char> word)
    {
        var i = 0;
        while (i < word.Length && (char.IsAsciiDigit(word[i]) || (word[i] == '.' && i > 0)))
        {
            i++;
        }

        if (i == 0 || i == word.Length)
        {
            return false;
        }

        foreach (var unit in Units)
        {
            if (word[i..].Equals(unit, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name follows a person's title: <c>CEO Sam Altman</c>, <c>founder X</c>, <c>创始人X</c>.</summary>
    private static bool FollowsPersonTitle(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        before = before.TrimEnd(",，:：");
        var space = before.LastIndexOf(' ');
        var lastWord = space < 0 ? before : before[(space + 1)..];
        if (EnglishWords.PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lastWord))
        {
            return true;
        }

        return WordMatch.EndsWithAny(before, ChineseWords.PersonTitles, StringComparison.Ordinal);
    }

    /// <summary>Whether a position starts a sentence (after markdown markers and opening quotes).</summary>
    public static bool IsSentenceInitial(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is ' ' or '*' or '#' or '>' or '"' or '“' or '(' or '（' or '[' or '_' or '-' or '|' or '\t')
            {
                continue;
            }

            return c is '.' or '!' or '?' or '。' or '！' or '？' or ':' or '：' or ';' or '；';
        }

        return true;
    }

    private static bool HasDigitOrInnerUpper(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsAsciiDigit(word[i]) || (i > 0 && char.IsAsciiLetterUpper(word[i]) && char.IsAsciiLetterLower(word[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A hyphenated word with a capitalised or numeric part after the hyphen: <c>Gen-Playlist</c>, not <c>Large-scale</c>.</summary>
    private static bool IsCommonCompound(ReadOnlySpan<char> word, Func<ReadOnlySpan<char>, bool> isGeneric)
    {
        if (word.IndexOf('-') < 0 || word.IndexOfAnyInRange('0', '9') >= 0)
        {
            return false;
        }

        var common = EnglishWords.Common.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var part in word.Split('-'))
        {
            if (!common.Contains(word[part]) && !isGeneric(word[part]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasCapitalisedPart(ReadOnlySpan<char> word)
    {
        for (var i = 1; i + 1 < word.Length; i++)
        {
            if (word[i] == '-' && (char.IsAsciiLetterUpper(word[i + 1]) || char.IsAsciiDigit(word[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
