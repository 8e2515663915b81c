using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Testing.Stores;
using static GraphExplorer.Core.Entities.EntityType;
using static GraphExplorer.Core.Relationships.RelationshipType;

namespace GraphExplorer.Testing;

/// <summary>
/// The small, hand-made graph the API's endpoint-semantics tests and the load run serve: two documents in the
/// seeds' style (a market map with layers and categories, and prose notes), Chinese aliases included, so tests
/// can assert exact rows. The browser tests, hostile-input tests and the seeded endpoint tests run on the real
/// store ingested from the seeds instead (<see cref="SeededStore"/>).
/// </summary>
public static class SampleGraph
{
    /// <summary>The market-map document (layers, categories, structure evidence).</summary>
    public const string MarketMapDocument = "sample/aigc-market-map.md";

    /// <summary>The prose document (investment, compute, building on models).</summary>
    public const string NotesDocument = "sample/industry-notes.md";

    /// <summary>Creates a store holding the sample graph.</summary>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>The populated store.</returns>
    public static async Task<IGraphStore> CreateStoreAsync(CancellationToken cancellationToken = default)
    {
        var store = new InMemoryGraphStore();
        await store.InitializeAsync(cancellationToken);
        foreach (var document in Documents())
        {
            await store.WriteDocumentAsync(document, cancellationToken);
        }

        return store;
    }

    /// <summary>The sample documents' graphs.</summary>
    /// <returns>The documents.</returns>
    public static IReadOnlyList<DocumentGraph> Documents() => [MarketMap(), Notes()];

    private static DocumentGraph MarketMap()
    {
        const string Base = "基础层";
        const string Middle = "中间层";
        const string Apps = "应用层";
        var entities = new List<Entity>
        {
            Player("Amazon Web Services", Company, Base, "云计算巨头", "AWS", "亚马逊云科技"),
            Player("Microsoft Azure", Product, Base, "云计算巨头", "Azure", "微软云"),
            Player("Google Cloud", Product, Base, "云计算巨头", "谷歌云"),
            Player("NVIDIA", Company, Base, "云计算巨头", "英伟达", "Nvidia"),
            Player("OpenAI", Company, Base, "基础模型开发者", "开放人工智能"),
            Player("Google DeepMind", Company, Base, "基础模型开发者", "DeepMind"),
            Player("Meta AI", Company, Base, "基础模型开发者", "Meta"),
            Player("Anthropic", Company, Base, "基础模型开发者"),
            Player("Mistral AI", Company, Base, "基础模型开发者", "Mistral"),
            Player("Hugging Face", Company, Base, "开源社区/模型分发平台", "抱抱脸"),
            Player("LangChain", Product, Middle, "智能体/编排框架"),
            Player("LlamaIndex", Product, Middle, "智能体/编排框架"),
            Player("Pinecone", Product, Middle, "向量数据库"),
            Player("Weaviate", Product, Middle, "向量数据库"),
            Player("Milvus", Product, Middle, "向量数据库", "Zilliz"),
            Player("Replicate", Company, Middle, "MaaS / API 平台"),
            Player("ChatGPT", Product, Apps, "文本生成/智能写作"),
            Player("Jasper AI", Product, Apps, "文本生成/智能写作", "Jasper"),
            Player("GitHub Copilot", Product, Apps, "代码生成", "Copilot"),
            Player("Cursor", Product, Apps, "代码生成"),
        };
        var relationships = new List<Relationship>
        {
            Edge("NVIDIA", SuppliesComputeTo, "Microsoft Azure", MarketMapDocument, 18, "NVIDIA: GPU硬件, CUDA, TensorRT (AI推理优化)", EvidenceBasis.Structure),
            Edge("OpenAI", Develops, "ChatGPT", MarketMapDocument, 57, "ChatGPT (OpenAI): 通用对话与内容生成", EvidenceBasis.Structure),
            Edge("Pinecone", CompetesWith, "Weaviate", MarketMapDocument, 44, "向量数据库 (Vector Databases): Pinecone, Weaviate, Qdrant, ChromaDB, Milvus/Zilliz", EvidenceBasis.Structure),
            Edge("Milvus", CompetesWith, "Pinecone", MarketMapDocument, 44, "向量数据库 (Vector Databases): Pinecone, Weaviate, Qdrant, ChromaDB, Milvus/Zilliz", EvidenceBasis.Structure),
            Edge("LangChain", CompetesWith, "LlamaIndex", MarketMapDocument, 39, "LangChain 与 LlamaIndex 在 RAG 应用框架上直接竞争"),
        };
        return new DocumentGraph(MarketMapDocument, "sample-market-map", entities, relationships);
    }

    private static DocumentGraph Notes()
    {
        var entities = new List<Entity>
        {
            Player("NVIDIA", Company, null, null, "英伟达", "NVDA"),
            Player("OpenAI", Company, null, null),
            Player("Microsoft", Company, null, null, "微软", "MSFT"),
            Player("Amazon", Company, null, null, "亚马逊"),
            Player("Google", Company, null, null, "谷歌", "Alphabet"),
            Player("Microsoft Azure", Product, null, null, "Azure"),
            Player("Amazon Web Services", Company, null, null, "AWS"),
            Player("Anthropic", Company, null, null),
            Player("Meta AI", Company, null, null),
            Player("Mistral AI", Company, null, null),
            Player("Google DeepMind", Company, null, null),
            Player("GPT-4", Model, null, null, "GPT4", "GPT-4 Turbo"),
            Player("Claude 3", Model, null, null, "Claude"),
            Player("Llama 3", Model, null, null, "Llama", "羊驼"),
            Player("Gemini", Model, null, null, "双子座"),
            Player("ChatGPT", Product, null, null),
            Player("Jasper AI", Product, null, null),
            Player("GitHub Copilot", Product, null, null),
            Player("Cursor", Product, null, null),
        };
        var relationships = new List<Relationship>
        {
            Edge("NVIDIA", SuppliesComputeTo, "OpenAI", NotesDocument, 3, "OpenAI 的大模型训练依赖英伟达的 H100 GPU 集群。"),
            Edge("NVIDIA", SuppliesComputeTo, "Meta AI", NotesDocument, 4, "Meta 采购了数十万块 NVIDIA H100 用于训练 Llama。"),
            Edge("NVIDIA", SuppliesComputeTo, "Microsoft Azure", NotesDocument, 5, "微软 Azure 的 AI 超算由英伟达提供 GPU。"),
            Edge("Microsoft Azure", SuppliesComputeTo, "OpenAI", NotesDocument, 6, "OpenAI 的训练与推理都运行在 Microsoft Azure 上。"),
            Edge("Amazon Web Services", SuppliesComputeTo, "Anthropic", NotesDocument, 7, "Anthropic 将 AWS 作为主要的云与训练平台。"),
            Edge("Microsoft", InvestsIn, "OpenAI", NotesDocument, 9, "微软向 OpenAI 投资了 130 亿美元。"),
            Edge("Amazon", InvestsIn, "Anthropic", NotesDocument, 10, "亚马逊向 Anthropic 投资 40 亿美元。"),
            Edge("Google", InvestsIn, "Anthropic", NotesDocument, 11, "谷歌也投资了 Anthropic。"),
            Edge("NVIDIA", InvestsIn, "Mistral AI", NotesDocument, 12, "英伟达参与了 Mistral AI 的融资。"),
            Edge("OpenAI", Develops, "GPT-4", NotesDocument, 14, "OpenAI 开发了 GPT-4。"),
            Edge("OpenAI", Develops, "ChatGPT", NotesDocument, 15, "ChatGPT 是 OpenAI 推出的对话产品。"),
            Edge("Anthropic", Develops, "Claude 3", NotesDocument, 16, "Anthropic 发布了 Claude 3 系列模型。"),
            Edge("Meta AI", Develops, "Llama 3", NotesDocument, 17, "Meta AI 开源了 Llama 3。"),
            Edge("Google DeepMind", Develops, "Gemini", NotesDocument, 18, "Google DeepMind 推出 Gemini 多模态模型。"),
            Edge("ChatGPT", BuiltOn, "GPT-4", NotesDocument, 20, "ChatGPT Plus 基于 GPT-4 构建。"),
            Edge("Jasper AI", BuiltOn, "GPT-4", NotesDocument, 21, "Jasper 的写作功能 built on GPT-4。"),
            Edge("GitHub Copilot", BuiltOn, "GPT-4", NotesDocument, 22, "GitHub Copilot 基于 OpenAI 的 GPT-4 模型。"),
            Edge("Cursor", BuiltOn, "Claude 3", NotesDocument, 23, "Cursor 的代码补全基于 Claude 3。"),
            Edge("OpenAI", CompetesWith, "Anthropic", NotesDocument, 25, "OpenAI 与 Anthropic 在大模型领域正面竞争。"),
            Edge("Google DeepMind", CompetesWith, "OpenAI", NotesDocument, 26, "Google DeepMind 的 Gemini 与 OpenAI 竞争。"),
            Edge("GitHub Copilot", CompetesWith, "Cursor", NotesDocument, 27, "Cursor 与 GitHub Copilot 争夺开发者。"),
        };
        return new DocumentGraph(NotesDocument, "sample-notes", entities, relationships);
    }

    private static Entity Player(string name, EntityType type, string? layer, string? category, params string[] aliases) =>
        new(EntityKey.FromName(name), name, type, [name, .. aliases], layer, category);

    private static Relationship Edge(
        string source, RelationshipType type, string target, string document, int line, string quote, EvidenceBasis basis = EvidenceBasis.Prose) =>
        Relationship.Create(EntityKey.FromName(source), type, EntityKey.FromName(target), [new Evidence(document, line, quote, basis)]);
}
