using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Testing.Conformance;

/// <summary>The small market the conformance suite writes: two documents and their variants.</summary>
public static class ConformanceGraph
{
    public static readonly Entity Nvidia = Entity("NVIDIA", EntityType.Company, ["NVIDIA", "英伟达", "Nvidia"], layer: "基础层");
    public static readonly Entity OpenAi = Entity("OpenAI", EntityType.Company, ["OpenAI"]);
    public static readonly Entity Gpt4 = Entity("GPT-4", EntityType.Model, ["GPT-4"]);
    public static readonly Entity ChatGpt = Entity("ChatGPT", EntityType.Product, ["ChatGPT"]);
    public static readonly Entity Microsoft = Entity("Microsoft", EntityType.Company, ["Microsoft", "微软"]);
    public static readonly Entity Anthropic = Entity("Anthropic", EntityType.Company, ["Anthropic"]);
    public static readonly Entity GoogleDeepMind = Entity("Google DeepMind", EntityType.Company, ["Google DeepMind", "DeepMind"]);

    /// <summary>a.md: NVIDIA supplies OpenAI, which develops GPT-4, which ChatGPT is built on.</summary>
    public static DocumentGraph DocumentA(string hash = "hash-a1") => new(
        "a.md",
        hash,
        [Nvidia, OpenAi, Gpt4, ChatGpt],
        [
            Edge(Nvidia, RelationshipType.SuppliesComputeTo, OpenAi, "a.md", 2, "NVIDIA supplies OpenAI with GPUs"),
            Edge(OpenAi, RelationshipType.Develops, Gpt4, "a.md", 3, "OpenAI developed GPT-4"),
            Edge(ChatGpt, RelationshipType.BuiltOn, Gpt4, "a.md", 4, "ChatGPT is built on GPT-4"),
        ]);

    /// <summary>a.md changed: ChatGPT is gone, NVIDIA now supplies Microsoft too.</summary>
    public static DocumentGraph DocumentAChanged() => new(
        "a.md",
        "hash-a2",
        [Nvidia, OpenAi, Gpt4, Microsoft],
        [
            Edge(Nvidia, RelationshipType.SuppliesComputeTo, OpenAi, "a.md", 2, "NVIDIA supplies OpenAI with GPUs"),
            Edge(OpenAi, RelationshipType.Develops, Gpt4, "a.md", 3, "OpenAI developed GPT-4"),
            Edge(Nvidia, RelationshipType.SuppliesComputeTo, Microsoft, "a.md", 5, "NVIDIA supplies Microsoft"),
        ]);

    /// <summary>b.md: Microsoft invests in OpenAI, Anthropic competes with it, and ChatGPT is built on GPT-4 again.</summary>
    public static DocumentGraph DocumentB() => new(
        "b.md",
        "hash-b1",
        [Microsoft, OpenAi, Anthropic, Gpt4, ChatGpt, Entity("NVIDIA", EntityType.Company, ["NVDA"], category: "芯片")],
        [
            Edge(Microsoft, RelationshipType.InvestsIn, OpenAi, "b.md", 1, "Microsoft invested in OpenAI"),
            Edge(OpenAi, RelationshipType.CompetesWith, Anthropic, "b.md", 2, "OpenAI competes with Anthropic"),
            Edge(ChatGpt, RelationshipType.BuiltOn, Gpt4, "b.md", 5, "ChatGPT runs on GPT-4"),
        ]);

    public static readonly Entity A100 = Entity("A100", EntityType.Product, ["A100"]);
    public static readonly Entity StabilityAi = Entity("Stability AI", EntityType.Company, ["Stability AI"]);

    /// <summary>d.md: NVIDIA develops the A100, and Stability AI is built on NVIDIA.</summary>
    public static DocumentGraph DocumentD() => new(
        "d.md",
        "hash-d1",
        [Nvidia, A100, StabilityAi],
        [
            Edge(Nvidia, RelationshipType.Develops, A100, "d.md", 1, "NVIDIA developed the A100"),
            Edge(StabilityAi, RelationshipType.BuiltOn, Nvidia, "d.md", 2, "Stability AI is built on NVIDIA"),
        ]);

    /// <summary>c.md: the same rivalry stated both ways, unoriented.</summary>
    public static DocumentGraph DocumentC() => new(
        "c.md",
        "hash-c1",
        [OpenAi, Anthropic, GoogleDeepMind],
        [
            new Relationship(OpenAi.Key, RelationshipType.CompetesWith, Anthropic.Key, [new Evidence("c.md", 1, "OpenAI and Anthropic compete")]),
            new Relationship(Anthropic.Key, RelationshipType.CompetesWith, OpenAi.Key, [new Evidence("c.md", 2, "Anthropic competes with OpenAI", EvidenceBasis.Structure)]),
            new Relationship(GoogleDeepMind.Key, RelationshipType.CompetesWith, OpenAi.Key, [new Evidence("c.md", 3, "DeepMind rivals OpenAI")]),
        ]);

    public static Entity Entity(string name, EntityType type, IReadOnlyList<string> aliases, string? layer = null, string? category = null) =>
        new(EntityKey.FromName(name), name, type, aliases, layer, category);

    public static Relationship Edge(Entity source, RelationshipType type, Entity target, string document, int line, string quote) =>
        Relationship.Create(source.Key, type, target.Key, [new Evidence(document, line, quote)]);
}
