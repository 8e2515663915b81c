using System.Collections.Frozen;
using System.Text.RegularExpressions;
using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>
/// The type a name's own shape gives it: a company suffix (<c>Thrive Capital</c>, <c>星河智能</c>), a size or version
/// (<c>-7B</c>, <c>V3</c>, <c>2.5</c>, <c>Nimbus-7</c>), a product class noun (<c>X平台</c>, <c>X App</c>), or the
/// words around it (<c>the startup X</c>, <c>X是一家…公司</c>, <c>模型X</c>).
/// </summary>
internal static partial class TypeShapes
{
    private const int MaxAppositionGap = 16;

    /// <summary>The longest parenthesised gloss skipped before an apposition (<c>（Xingjia Compute）</c>).</summary>
    private const int MaxGlossLength = 32;

    private static readonly string[] ModelWords = ["大模型", "模型", "model", "LLM"];
    private static readonly string[] SpacedModelWords = [.. ModelWords.Select(w => " " + w)];
    private static readonly string[] ProductWords = ["平台", "助手", "应用", "App", "APP", "app", "工具", "产品", "芯片", "服务", "插件", "浏览器", "机器人", "智能体"];
    private static readonly string[] CompanyBefore =
        ["the startup ", "startup ", "the company ", "company ", "investor ", "the investor ", "the fund ", "fund ", "the lab ", "chipmaker ", "the chipmaker ",
         "初创公司", "创业公司", "公司", "投资机构", "投资方", "机构", "厂商", "基金", "独角兽", "投资了", "领投了", "参投了", "收购了", "注资",
         "invests in ", "invested in ", "investing in ", "acquired ", "acquires ", "backed by ", "funded by ", "supplies compute to ", "provides compute to ",
         "developed by ", "made by ", "built by ", "released by ", "launched by ", "led by ", "investors include ", "partnered with "];
    private static readonly string[] ModelBefore = ["the model ", "model ", "模型", "大模型"];
    private static readonly string[] ProductBefore = ["the app ", "app ", "the platform ", "platform ", "the product ", "产品", "平台", "应用", "工具"];
    private static readonly string[] CompanyAfter =
        ["推出", "发布", "开发了", "研发", "投资了", "领投", "参投", "跟投", "收购", "打造", "开源了", "旗下", "公司", "为其提供", "向其提供", "提供算力",
         " launched", " launches", " released", " releases", " unveiled", " developed", " develops", " invests", " invested", " led the", " leads the",
         " acquired", " acquires", " backs ", " backed ", " supplies", " provides compute", " trains", " trained", "'s ", "’s "];

    private static readonly string[] CompanyAfterSameClause = ["是一家", "是家", "是一个", ", a ", ", an ", "（一家", "(a ", "(an ", " is a ", " is an "];
    // The lists above by the character a test compares first (upper-cased for the ignore-case tests, as WordMatch
    // compares them): a name's context tries only the few words that end or start with its neighbouring character.
    private static readonly FrozenDictionary<char, string[]> CompanyBeforeByLast = ByKey(CompanyBefore, w => WordMatch.UpperInvariant(w[^1]));
    private static readonly FrozenDictionary<char, string[]> ModelBeforeByLast = ByKey(ModelBefore, w => WordMatch.UpperInvariant(w[^1]));
    private static readonly FrozenDictionary<char, string[]> ProductBeforeByLast = ByKey(ProductBefore, w => WordMatch.UpperInvariant(w[^1]));
    private static readonly FrozenDictionary<char, string[]> CompanyAfterSameClauseByFirst = ByKey(CompanyAfterSameClause, w => WordMatch.UpperInvariant(w[0]));
    private static readonly FrozenDictionary<char, string[]> CompanyAfterByFirst = ByKey(CompanyAfter, w => w[0]);

    private static readonly string[] CompanyNouns = ["公司", "企业", "初创", "创企", "独角兽", "厂商", "机构", "服务商", "供应商", "提供商", "运营商", "团队", "实验室", "startup", "company", "firm", "investor", "fund", "lab", "maker", "provider", "venture"];

    /// <summary>The type the name's shape gives it, or <see langword="null"/> when its shape says nothing.</summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The type, or <see langword="null"/>.</returns>
    public static EntityType? FromName(ReadOnlySpan<char> name)
    {
        var trimmed = name.Trim();
        if (trimmed.IsEmpty)
        {
            return null;
        }

        var lastSpace = trimmed.LastIndexOf(' ');
        var last = lastSpace < 0 ? trimmed : trimmed[(lastSpace + 1)..];
        if (lastSpace > 0 && EnglishWords.CompanySuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last))
        {
            return EntityType.Company;
        }

        foreach (var suffix in ChineseWords.CompanySuffixes)
        {
            if (trimmed.EndsWith(suffix, StringComparison.Ordinal) && trimmed.Length > suffix.Length)
            {
                return EntityType.Company;
            }
        }

        foreach (var word in ModelWords)
        {
            if (trimmed.EndsWith(word, StringComparison.Ordinal) && trimmed.Length > word.Length)
            {
                return EntityType.Model;
            }
        }

        if (MayHaveModelShape(trimmed) && ModelShape().IsMatch(trimmed))
        {
            return EntityType.Model;
        }

        foreach (var word in ProductWords)
        {
            if (trimmed.EndsWith(word, StringComparison.Ordinal) && trimmed.Length > word.Length)
            {
                return EntityType.Product;
            }
        }

        return null;
    }

    /// <summary>The text after a parenthesised Latin gloss (<c>（Cheyin）是一家…</c>), or the text itself when none opens it.</summary>
    private static ReadOnlySpan<char> SkipGloss(ReadOnlySpan<char> after)
    {
        if (after.Length < 3 || after[0] is not ('（' or '(') || !char.IsAsciiLetter(after[1]))
        {
            return after;
        }

        var close = after.IndexOfAny('）', ')');
        return close > 0 && close <= MaxGlossLength ? after[(close + 1)..] : after;
    }

    /// <summary>
    /// The type the words around a name give it: <c>the startup X</c>, <c>模型X</c>, <c>X是一家…公司</c>,
    /// <c>X, a … startup</c>; <see langword="null"/> when they say nothing.
    /// </summary>
    /// <param name="text">The line.</param>
    /// <param name="start">Where the name starts.</param>
    /// <param name="end">Where the name ends.</param>
    /// <returns>The type, or <see langword="null"/>.</returns>
    public static EntityType? FromContext(string text, int start, int end)
    {
        var before = text.AsSpan(0, start);
        var last = before.IsEmpty ? '\0' : WordMatch.UpperInvariant(before[^1]);
        if (EndsWithAny(before, last, CompanyBeforeByLast))
        {
            return EntityType.Company;
        }

        if (EndsWithAny(before, last, ModelBeforeByLast))
        {
            return EntityType.Model;
        }

        if (EndsWithAny(before, last, ProductBeforeByLast))
        {
            return EntityType.Product;
        }

        var after = SkipGloss(text.AsSpan(end));
        var sameClause = after.IsEmpty ? null : CompanyAfterSameClauseByFirst.GetValueOrDefault(WordMatch.UpperInvariant(after[0]));
        foreach (var word in sameClause ?? [])
        {
            if (after.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                var window = after[word.Length..];
                var stop = window.IndexOfAny("，。；;！？!?）)");
                window = window[..Math.Min(stop < 0 ? window.Length : stop, MaxAppositionGap)];
                foreach (var noun in CompanyNouns)
                {
                    if (window.Contains(noun, StringComparison.OrdinalIgnoreCase))
                    {
                        return EntityType.Company;
                    }
                }
            }
        }

        var afterWords = after.IsEmpty ? null : CompanyAfterByFirst.GetValueOrDefault(after[0]);
        foreach (var word in afterWords ?? [])
        {
            if (after.StartsWith(word, StringComparison.Ordinal))
            {
                return EntityType.Company;
            }
        }

        for (var w = 0; w < ModelWords.Length; w++)
        {
            if (after.StartsWith(ModelWords[w], StringComparison.Ordinal) || after.StartsWith(SpacedModelWords[w], StringComparison.Ordinal))
            {
                return EntityType.Model;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="before"/>, whose last character upper-cased is <paramref name="last"/>, ends with a word of its group.</summary>
    private static bool EndsWithAny(ReadOnlySpan<char> before, char last, FrozenDictionary<char, string[]> byLast) =>
        !before.IsEmpty && byLast.TryGetValue(last, out var words) && WordMatch.EndsWithAny(before, words, StringComparison.OrdinalIgnoreCase);

    /// <summary>The words by a key character, each group in the list's order.</summary>
    private static FrozenDictionary<char, string[]> ByKey(string[] words, Func<string, char> key) =>
        words.GroupBy(key).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>
    /// Whether <see cref="ModelShape"/> can match at all: each of its branches needs a digit (<c>\d</c>, any Unicode
    /// decimal digit), a hyphen or one of these words (<c>LM</c> stands for <c>GLM</c> and <c>[a-z]LM</c>, <c>ormer</c> for
    /// <c>[Ff]ormer</c>). Cheaper than the regex on the many names that have none.
    /// </summary>
    private static bool MayHaveModelShape(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (c == '-' || char.IsDigit(c))
            {
                return true;
            }
        }

        return name.IndexOfAny(ModelShapeWords) >= 0;
    }

    private static readonly System.Buffers.SearchValues<string> ModelShapeWords =
        System.Buffers.SearchValues.Create(["GPT", "LLaMA", "Llama", "BERT", "Diffusion", "Qwen", "LM", "GAN", "Net", "ormer"], StringComparison.Ordinal);

    /// <summary>Sizes and versions: <c>-7B</c>, <c>70B</c>, <c>V3</c>, <c>2.5</c>, <c>Nimbus-7</c>, <c>-Instruct</c>.</summary>
    [GeneratedRegex(@"(\d+(\.\d+)?[BbMT]\b|[-\s][Vv]?\d+(\.\d+)*[a-z]?\b|\b[Vv]\d|\d\.\d|-(Instruct|Chat|Coder|Base|VL|Turbo|Preview|Mini|Pro|Flash|Max)\b|GPT|LLaMA|Llama|BERT|Diffusion|Qwen|GLM|GAN\b|Net\b|[a-z]LM\b|[Ff]ormer\b)")]
    private static partial Regex ModelShape();
}
