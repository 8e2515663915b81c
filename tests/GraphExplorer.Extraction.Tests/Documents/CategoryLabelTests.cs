using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Documents;

/// <summary>The market-map structure: a bold list item naming no known entity is the category of the players nested under it.</summary>
public sealed class CategoryLabelTests
{
    private const string Header = "#### 2. 中间层：工具链与平台\n\n- **主要玩家：**\n";

    private static string? CategoryOf(string markdown, string name) =>
        Extract(markdown).Entities.Single(e => e.Name == name).Category;

    [Theory]
    [InlineData("  - **向量数据库:**\n    - **Pinecone**\n")]
    [InlineData("  - **向量数据库 (Vector Databases):**\n    - **Pinecone**\n")]
    [InlineData("  - **向量数据库（Vector Databases）：**\n    - **Pinecone**\n")]
    public void Extract_LabelWithOrWithoutLatinAside_IsTheNestedPlayersCategory(string list)
    {
        var category = CategoryOf(Header + list, "Pinecone");

        Assert.Equal("向量数据库", category);
    }

    [Fact]
    public void Extract_ItemNamingAKnownEntity_IsNotACategory()
    {
        var category = CategoryOf(Header + "  - **OpenAI:**\n    - **ChatGPT**\n", "ChatGPT");

        Assert.Equal("主要玩家", category);
    }
}
