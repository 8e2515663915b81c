using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace GraphExplorer.Extraction.Tests.Properties;

/// <summary>
/// Generated document texts: Markdown-shaped lines made of catalogue names, cue phrases in both languages and
/// punctuation (so relations are found), mixed with arbitrary UTF-16 (lone surrogates and control characters
/// included) and arbitrary bytes decoded as UTF-8 or Latin-1.
/// </summary>
public static class MarkdownArbitraries
{
    private static readonly string[] Names =
    [
        "NVIDIA", "英伟达", "OpenAI", "Microsoft", "微软", "Anthropic", "AWS", "亚马逊", "Microsoft Azure", "GPT-4", "Claude 3",
        "Llama 3", "Meta", "Google", "谷歌", "Mistral AI", "Hugging Face", "ChatGPT", "Cursor", "GitHub Copilot", "Pinecone",
        "LangChain", "LlamaIndex", "Acme Robotics", "智谱AI", "Baidu", "文心一言", "X",
    ];

    private static readonly string[] Cues =
    [
        " invests in ", " 投资了 ", " 向", "投资", " 基于 ", " built on ", " is built on ", "构建", " competes with ", " 与 ", "竞争",
        " 开发了 ", " develops ", " 推出 ", " 提供 GPU", " supplies compute to ", " 依赖 ", " runs on ", " 运行在 ", " 上", " and ",
        " 和 ", " vs ", " 可能", " reportedly ", " 据传 ", " not ", " 未 ",
    ];

    private static readonly string[] Punctuation =
    [
        " ", " (", ")", "（", "）", "：", ": ", ", ", "，", "、", "。", ". ", "; ", " | ", "/", "**", "`", "\"", "“", "”", "《", "》", "-", "\t",
    ];

    private static readonly string[] LinePrefixes =
    [
        "", "", "", "# ", "## ", "### ", "#### ", "- ", "* ", "  - ", "    - ", "1. ", "2) ", "> ", "| ", "\t", "　", "#", "-",
    ];

    // Rarer: a fence or front matter hides every line up to the next one.
    private static readonly string[] StructuralLines = ["|---|---|", "```", "~~~", "---", "<div>", "***"];

    /// <summary>The generator used by <c>[Property(Arbitrary = ...)]</c> for <see cref="MarkdownText"/>.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MarkdownText> MarkdownText() => Generator.ToArbitrary();

    /// <summary>The text generator: Markdown-shaped mostly, arbitrary characters or bytes sometimes.</summary>
    public static Gen<MarkdownText> Generator { get; } =
        Gen.Frequency(
            (6, MarkdownDocument()),
            (2, Gen.ArrayOf(AnyChar()).Select(chars => new string(chars))),
            (1, Gen.ArrayOf(AnyByte()).Select(bytes => Encoding.UTF8.GetString(bytes))),
            (1, Gen.ArrayOf(AnyByte()).Select(bytes => Encoding.Latin1.GetString(bytes))))
        .Select(text => new MarkdownText(text));

    private static Gen<char> AnyChar() => Gen.Choose(0, char.MaxValue).Select(c => (char)c);

    private static Gen<byte> AnyByte() => Gen.Choose(0, byte.MaxValue).Select(b => (byte)b);

    private static Gen<string> MarkdownDocument() =>
        from lines in Gen.ListOf(MarkdownLine())
        from newline in Gen.Elements("\n", "\r\n", "\n\n")
        select string.Join(newline, lines);

    /// <summary>Name, cue, name: the shape relation rules look for, in either language.</summary>
    private static Gen<string> Statement() =>
        from source in Gen.Elements(Names)
        from cue in Gen.Elements(Cues)
        from target in Gen.Elements(Names)
        from end in Gen.Elements("", "。", ". ", "，", "")
        select source + cue + target + end;

    private static Gen<string> MarkdownLine() =>
        Gen.Frequency(
            (20, from prefix in Gen.Elements(LinePrefixes)
                 from tokens in Gen.ListOf(Token()).Resize(10)
                 from separator in Gen.Elements("", " ")
                 select prefix + string.Join(separator, tokens)),
            (1, Gen.Elements(StructuralLines)));

    private static Gen<string> Token() =>
        Gen.Frequency(
            (4, Statement()),
            (5, Gen.Elements(Names)),
            (4, Gen.Elements(Cues)),
            (4, Gen.Elements(Punctuation)),
            (1, Gen.ArrayOf(AnyChar()).Resize(4).Select(chars => new string(chars))));
}
