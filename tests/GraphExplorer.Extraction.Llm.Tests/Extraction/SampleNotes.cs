using System.Text.Json.Nodes;

namespace GraphExplorer.Extraction.Llm.Tests.Extraction;

/// <summary>A small note and the fake model's answers about it: some true to the text, some not.</summary>
internal static class SampleNotes
{
    public const string Note = """
        # 产业动态
        NVIDIA 向 OpenAI 供应 GPU 算力。
        微软投资了 OpenAI。
        ## 竞争
        Anthropic 与 OpenAI 竞争。
        """;

    /// <summary>Section 0 (lines 1–3): two true relations, then a hallucinated quote, a wrong line, an unknown type, a name not on the line.</summary>
    public static string FirstSectionAnswer { get; } = Answer(
        ("英伟达", "SUPPLIES_COMPUTE_TO", "OpenAI", 2, "NVIDIA 向 OpenAI 供应 GPU 算力"),
        ("微软", "INVESTS_IN", "OpenAI", 3, "微软投资了 OpenAI"),
        ("Microsoft", "INVESTS_IN", "Anthropic", 3, "微软投资了 Anthropic"),
        ("Anthropic", "COMPETES_WITH", "OpenAI", 9, "Anthropic 与 OpenAI 竞争"),
        ("Microsoft", "PARTNERS_WITH", "OpenAI", 3, "微软投资了 OpenAI"),
        ("Google", "INVESTS_IN", "OpenAI", 3, "投资了 OpenAI"));

    /// <summary>Section 1 (lines 1, 4, 5): one true relation, and a quote from another line.</summary>
    public static string SecondSectionAnswer { get; } = Answer(
        ("OpenAI", "COMPETES_WITH", "Anthropic", 5, "Anthropic 与 OpenAI 竞争"),
        ("Microsoft", "INVESTS_IN", "OpenAI", 5, "微软投资了 OpenAI"));

    /// <summary>Answers each section of <see cref="Note"/> by what it holds.</summary>
    public static Fakes.FakeChatReply Respond(string user) => Fakes.FakeChatReply.Answer(
        user.Contains("5: Anthropic", StringComparison.Ordinal) ? SecondSectionAnswer : FirstSectionAnswer);

    public static string Answer(params (string Source, string Type, string Target, int Line, string Quote)[] relations) => new JsonObject
    {
        ["relations"] = new JsonArray([.. relations.Select(r => (JsonNode)new JsonObject
        {
            ["source"] = r.Source,
            ["type"] = r.Type,
            ["target"] = r.Target,
            ["line"] = r.Line,
            ["quote"] = r.Quote,
        })]),
        ["entities"] = new JsonArray(),
    }.ToJsonString();
}
