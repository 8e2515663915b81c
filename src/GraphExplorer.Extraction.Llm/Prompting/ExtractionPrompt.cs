using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Extraction.Llm.Sections;

namespace GraphExplorer.Extraction.Llm.Prompting;

/// <summary>
/// The instructions (Chinese and English) and the per-section message. <see cref="Version"/> is part of the cache
/// key: change it whenever <see cref="SystemPrompt"/> or <see cref="Render"/> changes, so old answers are not reused.
/// </summary>
internal static class ExtractionPrompt
{
    /// <summary>The prompt's version, part of every cache key.</summary>
    public const string Version = "1";

    public const string SystemPrompt = """
        You extract a knowledge graph of the AI industry from analyst notes (Chinese and English).
        你从分析师笔记（中文和英文）中抽取人工智能产业的知识图谱。

        Each input line starts with its line number and a colon ("12: ..."). Headings come first for context.
        每行以行号和冒号开头（"12: ..."）。前面的标题行只提供上下文。

        Relation types and directions / 关系类型与方向:
        - INVESTS_IN: investor -> investee. An acquisition counts (acquirer -> acquired). 投资方 -> 被投资方；收购也算（收购方 -> 被收购方）。
        - BUILT_ON: dependent -> base (a product or model built on, based on, fine-tuned from or running on another). 依赖方 -> 基础（基于、构建于、微调自）。
        - COMPETES_WITH: symmetric; rivals stated as competing. 对称；明确说明的竞争关系。
        - SUPPLIES_COMPUTE_TO: supplier -> consumer of chips, GPUs, cloud or data-centre capacity. 算力/芯片/云供应方 -> 使用方。
        - DEVELOPS: developer -> model or product. 开发方 -> 模型或产品。

        Rules / 规则:
        - Only relations the line itself states as fact. 只抽取该行明确陈述为事实的关系。
        - No edge for a negation (did not invest, 没有投资, 否认), a question (是否会投资？), a rumour (据传, reportedly, rumoured),
          a hypothetical or plan not done (if, could, may, 如果, 可能, 计划), a benchmark-only comparison (outperforms X on MMLU, 在评测中超过),
          or names merely listed together (co-listing, 并列, "A、B、C 等公司"). 以上情况都不产生关系。
        - People are not entities: only companies, organisations, models and products. 人物不是实体，只要公司、机构、模型和产品。
        - "line" is the number of the one line that states the relation; "quote" is copied exactly, character for character,
          from that line (the shortest span stating it). quote 必须逐字复制自该行。
        - "source" and "target" are names as written on that line. source 和 target 使用该行中的写法。

        Answer with JSON only, no prose / 只输出 JSON:
        {"relations":[{"source":"...","type":"INVESTS_IN","target":"...","line":12,"quote":"..."}],
         "entities":[{"name":"...","type":"company|model|product","aliases":["..."]}]}
        Return {"relations":[],"entities":[]} when the text states no relation. 没有关系时返回空数组。
        """;

    /// <summary>The user message for a section: one line per input line, <c>{number}: {text}</c>.</summary>
    public static string Render(DocumentSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var builder = new StringBuilder();
        foreach (var line in section.Lines)
        {
            builder.Append(line.Number).Append(": ").Append(line.Text).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The cache key of a section's answer: SHA-256 of (model, prompt version, rendered section), lower-case hex.</summary>
    public static string CacheKey(string model, DocumentSection section)
    {
        ArgumentNullException.ThrowIfNull(model);
        var sectionHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Render(section))));
        var key = string.Join('\n', model, Version, sectionHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
