using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>
/// A catalogue name written with more after it is often a different entity, which aliases must not merge: a model with
/// a version or size the catalogue does not list (<c>Llama 3.1</c> is not <c>Llama</c>, <c>GLM-4-9B</c> is not
/// <c>GLM-4</c>), and a company's investment arm (<c>百度风投</c>, <c>Samsung Ventures</c>).
/// </summary>
internal static partial class CatalogueVariants
{
    private const int MaxVersionLength = 16;

    /// <summary>Edition and offering words that, written after a name, name a product of it (<c>Perplexity Pro</c>, <c>CoreWeave Cloud</c>).</summary>
    private static readonly string[] ProductSuffixes =
        [" Pro", " Plus", " Max", " Mini", " Ultra", " Lite", " Cloud", " App", " Search", " Studio", " API", " Enterprise", " Assistant", " Docs", " Voice", " Code", " Chat", " Desktop", " Mobile", " Agent", " Workspace"];

    private static readonly string[] FundSuffixes = ["风投", "创投", "资本", "基金", " Ventures", " Capital"];

    /// <summary>
    /// Chinese endings that, written right after a known company's short name, make another company of that name
    /// (<c>澜舟算力</c> is not <c>澜舟</c>, <c>小米汽车</c> is not <c>小米</c>); legal forms (公司, 集团, 科技) do not.
    /// </summary>
    private static readonly string[] DivisionSuffixes = ["算力", "视觉", "医疗", "机器人", "汽车", "数智", "微电子", "半导体"];

    /// <summary>Lower-case editions hyphenated onto a model's name that make another model (<c>Phi-3.5-mini</c>, <c>Qwen2.5-instruct</c>).</summary>
    private static readonly string[] ModelEditions = ["-mini", "-nano", "-turbo", "-instruct", "-chat", "-base", "-flash", "-lite", "-pro", "-preview", "-coder", "-vision"];

    /// <summary>Words that end an investor's name: a company's fund (<c>OpenAI Startup Fund</c>, <c>Amazon Industrial Innovation Fund</c>).</summary>
    private static readonly string[] FundWords = ["Fund", "Funds", "Ventures", "Capital", "Partners", "Investments"];

    /// <summary>How many capitalised words after a catalogue name may still belong to it (<c>Amazon Industrial Innovation Fund</c>).</summary>
    private const int MaxNameWords = 4;

    /// <summary>The mention, or a discovered variant spanning the version or fund suffix written right after it.</summary>
    /// <param name="text">The line.</param>
    /// <param name="mention">A catalogue mention.</param>
    /// <returns>The mention to use.</returns>
    /// <param name="nextStart">Where the next catalogue mention starts: a name never grows over it.</param>
    public static Mention Extend(string text, Mention mention, int nextStart = int.MaxValue)
    {
        var end = mention.End;
        if (end >= text.Length || mention.Entry is null)
        {
            return mention;
        }

        if (char.IsAsciiDigit(text[end - 1]) && text[end] == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))
        {
            // An alias ending inside a version (Mistral Small 3 in "Mistral Small 3.1") names another version.
            var dotted = end + 1;
            while (dotted < text.Length && (char.IsAsciiDigit(text[dotted]) || (text[dotted] == '.' && dotted + 1 < text.Length && char.IsAsciiDigit(text[dotted + 1]))))
            {
                dotted++;
            }

            dotted = NameTails.End(text, dotted);
            return Variant(mention.Start, dotted, text, mention.Entry.Type);
        }

        var hyphenEnd = HyphenatedEnd(text, end);
        if (hyphenEnd > end)
        {
            // ERNIE-Layout, Megatron-BERT, Meta-StyleSpeech: a capitalised word hyphenated onto a name makes another name.
            var type = mention.Entry.Type == EntityType.Company ? TypeShapes.FromContext(text, mention.Start, hyphenEnd) : mention.Entry.Type;
            return Variant(mention.Start, hyphenEnd, text, type);
        }

        foreach (var suffix in ProductSuffixes)
        {
            if (text[end] == suffix[0] && text.AsSpan(end).StartsWith(suffix, StringComparison.Ordinal) && IsWordEnd(text, end + suffix.Length) && IsLatin(mention.Surface))
            {
                var productEnd = end + suffix.Length;
                return Variant(mention.Start, productEnd, text, mention.Entry.Type == EntityType.Company ? EntityType.Product : mention.Entry.Type);
            }
        }

        if (IsLatin(mention.Surface) && CapitalisedRunEnd(text, end, nextStart, out var isFund) is var runEnd && runEnd > end)
        {
            // Jetson Thor, Intuit Assist, OpenAI Startup Fund: capitalised words written onto a name make another name.
            var type = isFund ? EntityType.Company : mention.Entry.Type == EntityType.Company ? EntityType.Product : mention.Entry.Type;
            runEnd = isFund ? runEnd : NameTails.End(text, runEnd);
            return Variant(mention.Start, runEnd, text, type);
        }

        if (mention.Entry.Type == EntityType.Model && LowerHyphenatedEnd(text, end) is var lowerEnd && lowerEnd > end)
        {
            // gpt-4o-mini-tts is not gpt-4o-mini: a lower-case word hyphenated onto a model makes another model.
            return Variant(mention.Start, lowerEnd, text, EntityType.Model);
        }

        if (mention.Entry.Type == EntityType.Model)
        {
            foreach (var edition in ModelEditions)
            {
                if (text[end] == edition[0] && text.AsSpan(end).StartsWith(edition, StringComparison.Ordinal) && IsWordEnd(text, end + edition.Length))
                {
                    var editionEnd = end + edition.Length;
                    return Variant(mention.Start, editionEnd, text, EntityType.Model);
                }
            }
        }

        if (mention.Entry.Type == EntityType.Company && DivisionEnd(text, end) is var divisionEnd && divisionEnd > end)
        {
            return Variant(mention.Start, divisionEnd, text, EntityType.Company);
        }

        if (ProductWordEnd(text, mention, nextStart) is var productWordEnd && productWordEnd > end)
        {
            // 淘宝问问, 作业帮学习机, 网易伏羲: a word written onto a Chinese name, bounded as a name is, names a product of it.
            // An owner (阿里妈妈的“万相台无界版”) keeps the company's type.
            var owner = productWordEnd < text.Length && text[productWordEnd] == '的';
            return Variant(mention.Start, productWordEnd, text, mention.Entry.Type == EntityType.Company && !owner ? EntityType.Product : mention.Entry.Type);
        }

        if (mention.Entry.Type == EntityType.Company)
        {
            foreach (var suffix in FundSuffixes)
            {
                if (text[end] == suffix[0] && text.AsSpan(end).StartsWith(suffix, StringComparison.Ordinal) && IsWordEnd(text, end + suffix.Length))
                {
                    var fundEnd = end + suffix.Length;
                    return Variant(mention.Start, fundEnd, text, EntityType.Company);
                }
            }

            return mention;
        }

        var versionEnd = NameTails.End(text, Math.Max(end, VersionEnd(text, end)));
        if (versionEnd <= end)
        {
            return mention;
        }

        return Variant(mention.Start, versionEnd, text, mention.Entry.Type);
    }

    /// <summary>A discovered name grown from a catalogue name: another entity, as confidently named as the catalogue's.</summary>
    private static Mention Variant(int start, int end, string text, EntityType? type) =>
        new(start, end, text[start..end], MentionOrigin.Discovered, type) { IsCatalogueVariant = true };

    /// <summary>
    /// Where the capitalised words written after a name end, when they belong to it: words no English list calls
    /// ordinary (<c>Thor</c>, <c>Fabric</c>), or any words ending in a fund word (<c>Startup Fund</c>). Dates, titles and
    /// the next catalogue name stop the run; <paramref name="at"/> when nothing belongs.
    /// </summary>
    private static int CapitalisedRunEnd(string text, int at, int nextStart, out bool isFund)
    {
        isFund = false;
        var common = EnglishWords.Common.GetAlternateLookup<ReadOnlySpan<char>>();
        var best = at;
        var allUncommon = true;
        var i = at;
        for (var words = 0; words < MaxNameWords && i + 1 < text.Length && text[i] == ' ' && char.IsAsciiLetterUpper(text[i + 1]) && i + 1 < nextStart; words++)
        {
            var j = i + 1;
            while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || (text[j] == '-' && j + 1 < text.Length && char.IsAsciiLetterOrDigit(text[j + 1]))))
            {
                j++;
            }

            var word = text.AsSpan(i + 1, j - i - 1);
            if (EnglishWords.Dates.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || EnglishWords.PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || EnglishWords.Places.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || !IsWordEnd(text, j) || IsFieldWord(word))
            {
                break;
            }

            allUncommon &= !common.Contains(word);
            if (Array.IndexOf(FundWords, word.ToString()) >= 0)
            {
                best = j;
                isFund = true;
            }
            else if (allUncommon)
            {
                best = j;
                isFund = false;
            }

            i = j;
        }

        return best;
    }

    /// <summary>Where a division ending written right after a Chinese company name ends, when a word boundary follows; <paramref name="at"/> otherwise.</summary>
    private static int DivisionEnd(string text, int at)
    {
        if (at == 0 || !ChineseNameFinder.IsCjk(text[at - 1]))
        {
            return at;
        }

        foreach (var suffix in DivisionSuffixes)
        {
            if (at < text.Length && text[at] == suffix[0] && text.AsSpan(at).StartsWith(suffix, StringComparison.Ordinal))
            {
                var end = at + suffix.Length;
                var bounded = end >= text.Length || !ChineseNameFinder.IsCjk(text[end]) || ChineseWords.BoundaryChars.Contains(text[end]) || ChineseNameFinder.StartsWithBoundaryWord(text, end);
                return bounded ? end : at;
            }
        }

        return at;
    }

    /// <summary>Field acronyms written after a name describe it (<c>昇腾910 AI芯片</c>, <c>Sora AI</c>), they do not extend it.</summary>
    private static bool IsFieldWord(ReadOnlySpan<char> word) => word is "AI" or "ML" or "LLM" or "LLMs" or "GPU" or "GPUs" or "API" or "APIs" or "SDK";

    /// <summary>Where capitalised words hyphenated right after a Latin name end (<c>-Layout</c>, <c>-ViLG</c>); <paramref name="at"/> when none.</summary>
    private static int HyphenatedEnd(string text, int at)
    {
        var i = at;
        // NLLB-200: a number hyphenated onto a name is another version of it.
        while (i + 1 < text.Length && text[i] == '-' && (char.IsAsciiLetterUpper(text[i + 1]) || char.IsAsciiDigit(text[i + 1])) && char.IsAsciiLetterOrDigit(text[i - 1]))
        {
            i++;
            // Qwen3-0.6B: a decimal point inside the hyphenated part belongs to it.
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i - 1]))))
            {
                i++;
            }
        }

        return i > at && IsWordEnd(text, i) ? i : at;
    }

    /// <summary>Lower-case words hyphenated after a model's name that describe it rather than name another model (<c>GPT-4-powered</c>).</summary>
    private static readonly string[] Descriptive = ["based", "powered", "like", "class", "level", "style", "sized", "scale", "driven", "native", "compatible", "series", "family", "only"];

    /// <summary>Where lower-case words hyphenated right after a model's name end (<c>-tts</c>, <c>-hd</c>); <paramref name="at"/> when none or descriptive.</summary>
    private static int LowerHyphenatedEnd(string text, int at)
    {
        var i = at;
        while (i + 1 < text.Length && text[i] == '-' && char.IsAsciiLetterLower(text[i + 1]))
        {
            var wordStart = i + 1;
            var j = wordStart;
            while (j < text.Length && char.IsAsciiLetterOrDigit(text[j]))
            {
                j++;
            }

            if (Array.IndexOf(Descriptive, text[wordStart..j]) >= 0)
            {
                break;
            }

            i = j;
        }

        return i > at && IsWordEnd(text, i) ? i : at;
    }

    /// <summary>Where a version written right after a name ends: <c> 3.1</c>, <c>-7B</c>, <c> 8x7B</c>, <c>-V3</c>; <paramref name="at"/> when none.</summary>
    private static int VersionEnd(string text, int at)
    {
        var i = at;
        if (i < text.Length && text[i] is ' ' or '-')
        {
            i++;
        }

        if (i >= text.Length || !(char.IsAsciiDigit(text[i]) || (text[i] is 'V' or 'v' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            return at;
        }

        var start = i;
        while (i < text.Length && i - start < MaxVersionLength && (char.IsAsciiLetterOrDigit(text[i]) || (text[i] is '.' or '-' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))))
        {
            i++;
        }

        // A year or a count is not a version: "GPT 2023", "Llama 100"; a model number written onto a Chinese name is (骁龙8295).
        var token = text.AsSpan(start, i - start);
        var onChinese = start == at && ChineseNameFinder.IsCjk(text[at - 1]) && (i >= text.Length || !NameTails.CountMarkers.Contains(text[i]));
        if (token.Length >= 3 && !token.ContainsAnyExcept("0123456789") && !onChinese)
        {
            return at;
        }

        return IsWordEnd(text, i) ? i : at;
    }

    private static bool IsLatin(string surface) => surface.Length > 0 && char.IsAsciiLetterOrDigit(surface[^1]);

    private static bool IsWordEnd(string text, int i) => i >= text.Length || !char.IsAsciiLetterOrDigit(text[i]);
}
