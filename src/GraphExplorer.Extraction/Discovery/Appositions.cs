using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>
/// A name followed by its other-script name in parentheses (<c>阶跃星辰（StepFun）</c>, <c>Moonshot AI（月之暗面）</c>) is one
/// entity: the parenthesised name becomes an alias of the first and is no longer a mention of its own, so that no rule
/// reads it as a developer in parentheses.
/// </summary>
internal static class Appositions
{
    private const int MaxInner = 40;
    private const int MaxCjkName = 8;

    private static readonly string[] GenericEndings =
        ["模型", "数据库", "技术", "算法", "框架", "架构", "方法", "学习", "网络", "系统", "工具", "平台", "服务", "应用", "领域", "行业", "赛道", "层", "芯片",
         "生成", "识别", "合成", "处理", "理解", "计算", "推理", "训练", "智能", "助手", "机器人", "引擎", "界面", "接口", "协议", "标准"];

    /// <summary>Folds parenthesised other-script names into the mention before them, in place.</summary>
    /// <param name="text">The line.</param>
    /// <param name="mentions">The line's mentions, in text order; changed in place.</param>
    /// <param name="covered">The spans taken.</param>
    public static void Apply(string text, List<Mention> mentions, List<(int Start, int End)> covered)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var inner = mentions[i];
            var open = inner.Start - 1;
            while (open >= 0 && text[open] == ' ')
            {
                open--;
            }

            if (open < 1 || text[open] is not ('（' or '('))
            {
                continue;
            }

            var close = inner.End;
            while (close < text.Length && text[close] == ' ')
            {
                close++;
            }

            if (close >= text.Length || text[close] is not ('）' or ')') || close - open > MaxInner)
            {
                continue;
            }

            var outerEnd = open;
            while (outerEnd > 0 && text[outerEnd - 1] == ' ')
            {
                outerEnd--;
            }

            var previous = i > 0 && mentions[i - 1].End == outerEnd ? mentions[i - 1] : null;
            var innerCjk = IsCjkName(inner.Surface);
            if (previous is null && !innerCjk && !inner.IsCatalogued && outerEnd > 0 && ChineseNameFinder.IsCjk(text[outerEnd - 1]))
            {
                // The English gloss of a generic Chinese term is generic too: 向量数据库 (Vector Databases).
                var glossStart = ChineseNameFinder.WalkLeft(text, outerEnd, MaxCjkName, covered);
                if (glossStart < 0 || !IsPlausibleCjk(text.AsSpan(glossStart, outerEnd - glossStart)))
                {
                    mentions[i] = inner with { Origin = MentionOrigin.Candidate };
                    continue;
                }
            }

            if (previous is not null)
            {
                if (IsCjkName(previous.Surface) == innerCjk || (previous.IsCatalogued && inner.IsCatalogued))
                {
                    continue;
                }

                mentions[i - 1] = Merge(text, previous, inner);
                mentions.RemoveAt(i);
                i--;
            }
            else if (!innerCjk && outerEnd > 0 && ChineseNameFinder.IsCjk(text[outerEnd - 1]) && inner.IsKnown)
            {
                var start = ChineseNameFinder.WalkLeft(text, outerEnd, MaxCjkName, covered);
                if (start < 0 || outerEnd - start < 2 || !IsPlausibleCjk(text.AsSpan(start, outerEnd - start)))
                {
                    continue;
                }

                var outer = new Mention(start, outerEnd, text[start..outerEnd], MentionOrigin.Discovered, null);
                covered.Add((start, outerEnd));
                mentions[i] = Merge(text, outer, inner);
            }
        }
    }

    private static Mention Merge(string text, Mention outer, Mention inner)
    {
        if (!outer.IsCatalogued && inner.IsCatalogued)
        {
            return new Mention(outer.Start, outer.End, outer.Surface, inner.Entry);
        }

        return outer with
        {
            Alias = inner.Surface,
            Origin = outer.IsCatalogued ? MentionOrigin.Catalogue : MentionOrigin.Discovered,
            Type = outer.Type ?? inner.Type ?? TypeShapes.FromName(outer.Surface) ?? TypeShapes.FromContext(text, outer.Start, outer.End),
        };
    }

    private static bool IsPlausibleCjk(ReadOnlySpan<char> name)
    {
        if (ChineseWords.GenericNames.ContainsSpan(name) || ChineseWords.GenericStems.ContainsSpan(name) || ChineseWords.Places.ContainsSpan(name))
        {
            return false;
        }

        foreach (var ending in GenericEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCjkName(string surface)
    {
        foreach (var c in surface)
        {
            if (char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
