using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>Chinese words written onto a catalogue name (see <see cref="CatalogueVariants"/>).</summary>
internal static partial class CatalogueVariants
{
    private const int MinProductWord = 2;
    private const int MaxProductWord = 3;

    /// <summary>
    /// Words about a company, not products of it, that may follow its name (<c>微软股价</c>, <c>腾讯内部</c>); generic
    /// terms (<c>芯片</c>, <c>公司</c>) and places are ruled out by their own lists.
    /// </summary>
    private static readonly string[] AttributeWords =
        ["股价", "市值", "营收", "收入", "利润", "财报", "股份", "股东", "团队", "员工", "高管", "内部", "总部", "官方", "官网", "方面", "自身", "本身", "自己",
         "创始人", "董事", "生态", "体系", "业务", "部门", "事业部", "产品", "旗下", "一方", "此前", "之后", "以来", "时期", "版本", "系列", "家族",
         "身后", "背后", "前面", "后面", "之外", "以外", "之间", "左右", "周围", "自研", "免费", "同意", "宣布", "计划", "希望", "决定", "今年", "去年",
         "驱动", "开发", "推出", "发布", "打造", "训练", "微调", "蒸馏", "托管", "领投", "跟投", "合作", "竞争", "交付", "提供", "支持", "为基础", "为底座"];

    /// <summary>
    /// What follows a product's name where the text names it (<c>淘宝问问基于…</c>, <c>作业帮学习机与…</c>, <c>网易伏羲的“玉言”</c>):
    /// a built-on or rivalry cue, a possessive, a list mark; a verb or adverb (<c>英伟达同意</c>, <c>荣耀小批量供货</c>) is not.
    /// </summary>
    private static readonly string[] NameFollowers = ["基于", "由", "与", "和", "的", "、", "是", "接入", "搭载", "运行", "跑在", "采用", "集成", "内置", "（", "(", "》", "”"];

    /// <summary>
    /// Where a word written right after a Chinese catalogue name ends, when it reads as a product of it: two or three
    /// ideographs, no function character, not generic, not a cue or boundary word, bounded on the right by punctuation,
    /// a function character, a boundary word or another script; <c>mention.End</c> otherwise.
    /// </summary>
    private static int ProductWordEnd(string text, Mention mention, int nextStart)
    {
        var end = mention.End;
        if (mention.Entry is not { Type: EntityType.Company or EntityType.Product } || mention.Surface.Length < MinProductWord
            || !ChineseNameFinder.IsCjk(text[end - 1]) || !ChineseNameFinder.IsCjk(text[end])
            || ChineseWords.BoundaryChars.Contains(text[end]) || ChineseNameFinder.StartsWithBoundaryWord(text, end)
            || CueLexicon.Trie.MatchAt(text, end, out _) > 0)
        {
            return end;
        }

        for (var length = MinProductWord; length <= MaxProductWord && end + length <= Math.Min(text.Length, nextStart); length++)
        {
            var word = text.AsSpan(end, length);
            if (!ChineseNameFinder.IsCjk(word[^1]) || ChineseWords.BoundaryChars.Contains(word[^1]))
            {
                return end;
            }

            var after = end + length;
            if (after >= text.Length || after == nextStart || !ChineseNameFinder.IsCjk(text[after]) || WordMatch.StartsWithAny(text.AsSpan(after), NameFollowers, StringComparison.Ordinal))
            {
                return IsProductWord(word) && (after >= text.Length || after == nextStart || !char.IsAsciiLetterOrDigit(text[after])) ? after : end;
            }
        }

        return end;
    }

    private static bool IsProductWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (ChineseWords.BoundaryChars.Contains(c) || ChineseWords.FunctionCharacters.Contains(c))
            {
                return false;
            }
        }

        return !ChineseWords.GenericNames.ContainsSpan(word) && !ChineseWords.GenericStems.ContainsSpan(word) && !ChineseWords.Places.ContainsSpan(word)
            && !ChineseWords.BoundaryWordSet.ContainsSpan(word) && !WordMatch.StartsWithAny(word, AttributeWords, StringComparison.Ordinal)
            && !WordMatch.StartsWithAny(word, DivisionSuffixes, StringComparison.Ordinal);
    }
}
