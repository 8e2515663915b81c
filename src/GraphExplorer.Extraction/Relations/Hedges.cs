namespace GraphExplorer.Extraction.Relations;

/// <summary>Recognises sentences that negate, ask or speculate: their cues make no edges.</summary>
internal static class Hedges
{
    private const int NegationWindow = 4;

    private static readonly string[] Speculation =
        ["可能", "或许", "也许", "传闻", "据传", "传言", "据说", "猜测", "有望", "拟", "计划", "打算", "考虑", "如果", "假如", "若是", "倘若", "潜在", "要是", "假设", "是否", "能否", "会不会",
         "may ", "might ", "could ", "would ", "reportedly", "rumor", "rumour", "allegedly", "is said to", "are said to", "in talks", "plans to", "planning to",
         "considering", "potential ", "whether", "if ", "unless ", "expected to", "speculat"];

    /// <summary>
    /// Hearsay and hypotheses that govern their whole sentence, not only their clause (<c>据传，小米正在洽谈投资X</c>,
    /// <c>有传闻称，比亚迪将收购X</c>, <c>If Y closes its fund, it would lead …</c>).
    /// </summary>
    private static readonly string[] SentenceSpeculation =
        ["传闻", "据传", "传言", "据说", "如果", "假如", "倘若", "假设", "reportedly", "rumor", "rumour", "allegedly", "if "];

    private static readonly string[] EnglishNegations = ["not ", "n't ", "never ", "no longer ", "neither ", "nor ", "denied ", "denies "];

    /// <summary>
    /// English negations that govern the rest of their clause however far the cue comes after them, as the Chinese
    /// <see cref="ClauseNegations"/> do (<c>Adobe does not regard Midjourney as a direct competitor</c>).
    /// </summary>
    private static readonly string[] EnglishClauseNegations =
        ["does not ", "do not ", "did not ", "doesn't ", "don't ", "didn't ", "has not ", "have not ", "hasn't ", "haven't ", "never ", "denied ", "denies "];

    /// <summary>Words that make a comparison a benchmark result (<c>在MMLU上超越</c>, <c>outperforms … on benchmarks</c>), not a rivalry.</summary>
    private static readonly string[] BenchmarkWords =
        ["基准", "评测", "测评", "测试", "跑分", "榜单", "排行榜", "得分", "分数", "成绩", "指标", "benchmark", "score", "leaderboard", "MMLU", "HumanEval", "GSM8K", "eval", "tests"];

    private static readonly string NegationChars = "不未没无非";

    private static readonly string[] ClauseNegations = ["没有", "并未", "并没有", "未能", "无法", "不会", "不再", "从未", "尚未", "不是", "并非", "否认", "辟谣", "并不", "不认为", "不把", "不视为", "不属于"];

    private static readonly string NotNegationFollowers = "断仅少同久止过但单光论管错常凡如";

    /// <summary>Whether the cue at <paramref name="cueStart"/> sits in a negated, questioning or speculative sentence.</summary>
    public static bool IsHedged(LineContext line, int cueStart)
    {
        var text = line.Text;
        var sentenceStart = line.SentenceStart(cueStart);
        var sentenceEnd = line.SentenceEnd(cueStart);
        if (sentenceEnd < text.Length && text[sentenceEnd] is '？' or '?')
        {
            return true;
        }

        var clauseStart = line.ClauseStart(cueStart);
        var clauseEnd = ClauseEnd(text, cueStart);
        var clause = text.AsSpan(clauseStart, clauseEnd - clauseStart);
        if (CueSpans.ContainsAny(clause, Speculation) || CueSpans.ContainsAny(text.AsSpan(sentenceStart, cueStart - sentenceStart), SentenceSpeculation))
        {
            return true;
        }

        var sentence = text.AsSpan(sentenceStart, sentenceEnd - sentenceStart).TrimEnd();
        if (sentence.EndsWith('吗') || sentence.EndsWith("吗？"))
        {
            return true;
        }

        return IsNegated(text, cueStart, clauseStart);
    }

    /// <summary>Whether a comparison cue's sentence reports a benchmark result: a score, not a rivalry.</summary>
    public static bool IsBenchmarkComparison(LineContext line, int cueStart)
    {
        var start = line.SentenceStart(cueStart);
        return CueSpans.ContainsAnyOutsideMentions(line, start, line.SentenceEnd(cueStart), BenchmarkWords);
    }

    /// <summary>
    /// Whether the clause of a rivalry cue is about a benchmark (<c>rivals π0 on manipulation benchmarks</c>,
    /// <c>在榜单上与X竞争</c>): a score compared, not a market contested.
    /// </summary>
    public static bool IsBenchmarkClause(LineContext line, int cueStart)
    {
        var start = line.ClauseStart(cueStart);
        return CueSpans.ContainsAnyOutsideMentions(line, start, ClauseEnd(line.Text, cueStart), BenchmarkWords);
    }

    private static bool IsNegated(string text, int cueStart, int clauseStart)
    {
        var before = text.AsSpan(clauseStart, cueStart - clauseStart);
        foreach (var negation in ClauseNegations)
        {
            if (before.Contains(negation, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var from = Math.Max(clauseStart, cueStart - NegationWindow);
        for (var i = from; i < cueStart; i++)
        {
            if (NegationChars.Contains(text[i], StringComparison.Ordinal)
                && !(i + 1 < text.Length && NotNegationFollowers.Contains(text[i + 1], StringComparison.Ordinal)))
            {
                return true;
            }
        }

        foreach (var negation in EnglishClauseNegations)
        {
            if (before.Contains(negation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var englishFrom = Math.Max(clauseStart, cueStart - 16);
        var english = text.AsSpan(englishFrom, cueStart - englishFrom);
        foreach (var negation in EnglishNegations)
        {
            if (english.Contains(negation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int ClauseEnd(string text, int position)
    {
        for (var i = TextGaps.NextIndexOfAny(text, position, TextGaps.AnyBreakCharacters); i >= 0; i = TextGaps.NextIndexOfAny(text, i + 1, TextGaps.AnyBreakCharacters))
        {
            if (TextGaps.IsClauseBreakAt(text, i) || TextGaps.IsSentenceBreakAt(text, i))
            {
                return i;
            }
        }

        return text.Length;
    }
}
