using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Documents;

public sealed class SectionStructureTests
{
    private const string Map = """
        #### **1. 基础层：算力与模型**
        - **主要玩家：**
          - **云计算巨头 (算力与平台):**
            - **Google Cloud:** Vertex AI
          - **向量数据库 (Vector Databases):**
            - **Pinecone**
        #### **2. 应用层：面向用户**
        - **写作工具:**
          - **Jasper AI:** 营销文案
        """;

    [Fact]
    public void Extract_PlayersUnderHeadings_GetLayerAndCategory()
    {
        var graph = Extract(Map);

        var cloud = Assert.Single(graph.Entities, e => e.Name == "Google Cloud");
        Assert.Equal("基础层", cloud.Layer);
        Assert.Equal("云计算巨头", cloud.Category);
        var pinecone = Assert.Single(graph.Entities, e => e.Name == "Pinecone");
        Assert.Equal("向量数据库", pinecone.Category);
        var jasper = Assert.Single(graph.Entities, e => e.Name == "Jasper");
        Assert.Equal("应用层", jasper.Layer);
        Assert.Equal("写作工具", jasper.Category);
    }

    [Fact]
    public void Extract_ProductInBody_NoLayerFromHead()
    {
        var graph = Extract(Map);

        var vertex = Assert.Single(graph.Entities, e => e.Name == "Vertex AI");
        Assert.Null(vertex.Layer);
        Assert.Contains("Google Cloud DEVELOPS Vertex AI", Edges(graph));
    }
}
