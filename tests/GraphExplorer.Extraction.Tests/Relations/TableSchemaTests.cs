using GraphExplorer.Core.Entities;
using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

/// <summary>Tables read by their header: developer, item, base, investor and investee columns; note columns not read.</summary>
public sealed class TableSchemaTests
{
    [Fact]
    public void Extract_ProductDeveloperBaseColumns_DevelopsAndBuiltOn()
    {
        const string Markdown = """
            | 产品 | 开发方 | 底层模型 |
            |---|---|---|
            | Orbis Search | Orbis Labs | Orbis-3与Llama 3.1 |
            | 青禾助手 | 青禾科技 | 青禾-9B |
            """;

        var edges = Edges(Markdown);

        Assert.Contains("Orbis Labs DEVELOPS Orbis Search", edges);
        Assert.Contains("Orbis Search BUILT_ON Orbis-3", edges);
        Assert.Contains("Orbis Search BUILT_ON Llama 3.1", edges);
        Assert.Contains("青禾科技 DEVELOPS 青禾助手", edges);
        Assert.Contains("青禾助手 BUILT_ON 青禾-9B", edges);
    }

    [Fact]
    public void Extract_InvestorInvesteeColumns_InvestsIn()
    {
        const string Markdown = """
            | 投资方 | 被投公司 | 轮次 | 金额 |
            |---|---|---|---|
            | Sequoia Capital | Brightwave AI | A轮 | 3000万美元 |
            | 腾讯 | 云雀数据 | B轮 | 5亿元 |
            """;

        var edges = Edges(Markdown);

        Assert.Contains("Sequoia Capital INVESTS_IN Brightwave AI", edges);
        Assert.Contains("Tencent INVESTS_IN 云雀数据", edges);
        Assert.DoesNotContain(edges, e => e.Contains("A轮", StringComparison.Ordinal) || e.Contains("亿元", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_NotesColumn_NotReadAsProducts()
    {
        const string Markdown = """
            | 公司 | 主要产品 | 备注 |
            |---|---|---|
            | 曜石科技 | 曜石T20、曜石i20 | 训练与推理芯片，客户以互联网公司为主 |
            """;

        var edges = Edges(Markdown);

        Assert.Contains("曜石科技 DEVELOPS 曜石T20", edges);
        Assert.Contains("曜石科技 DEVELOPS 曜石i20", edges);
        Assert.Equal(2, edges.Count);
    }

    [Theory]
    [InlineData("| 公司 | 产品 | 形态 |", "| 曜石科技 | 曜石助手 | 独立IDE |")]
    [InlineData("| 公司 | 产品 | 2025年出货量（估） |", "| 曜石科技 | 曜石助手 | 约200万副 |")]
    [InlineData("| Company | Product | Form factor |", "| Orbis Labs | Orbis Search | Desktop App |")]
    [InlineData("| Company | Product | Users |", "| Orbis Labs | Orbis Search | Fortune 500 |")]
    public void Extract_DescriptiveColumn_NotReadAsProducts(string header, string row)
    {
        var edges = Edges($"{header}\n|---|---|---|\n{row}");

        Assert.Single(edges);
    }

    [Fact]
    public void Extract_NewNameInTheDeveloperColumn_IsACompanyWhateverItsWords()
    {
        var edges = Edges("| 公司 | 产品 |\n|---|---|\n| Kestrel Audio | Murmur Two |");

        Assert.Contains("Kestrel Audio DEVELOPS Murmur Two", edges);
    }

    [Fact]
    public void Extract_ItemCellNamingItsMakerAndMore_IsTheMakersProduct()
    {
        var graph = Extract("| 公司 | 产品 |\n|---|---|\n| 小米 | 小米AI耳机 |");

        Assert.Contains("Xiaomi DEVELOPS 小米AI耳机", Edges(graph));
        Assert.Contains(graph.Entities, e => e.Name == "小米AI耳机" && e.Type == EntityType.Product);
    }

    [Fact]
    public void Extract_TableWithoutRoleHeaders_NoEdges()
    {
        const string Markdown = """
            | 项目 | 方向 | 指标 |
            |---|---|---|
            | OpenAI | GPT-4 | 85 |
            """;

        var edges = Edges(Markdown);

        Assert.Empty(edges);
    }

    [Fact]
    public void Extract_ModelColumnBesideCategoryColumns_TypesTheCategoriesItemsAsModels()
    {
        const string Markdown = """
            | 代表公司 | 大模型 | 文本 | 图像 | 语音 |
            |---|---|---|---|---|
            | 岚图智算 | 岚图-70B | Quillon/TextNova | Pictoral | Sonance |
            """;

        var types = Extract(Markdown).Entities.ToDictionary(e => e.Name, e => e.Type);

        Assert.Equal(EntityType.Company, types["岚图智算"]);
        Assert.All(["岚图-70B", "Quillon", "TextNova", "Pictoral", "Sonance"], name => Assert.Equal(EntityType.Model, types[name]));
    }

    [Fact]
    public void Extract_ModelAndProductColumns_CategoryColumnsKeepTheirOwnEvidence()
    {
        const string Markdown = """
            | 公司 | 模型 | 产品 | 场景 |
            |---|---|---|---|
            | 岚图智算 | 岚图-70B | 岚图助手 | 客服 |
            """;

        var types = Extract(Markdown).Entities.ToDictionary(e => e.Name, e => e.Type);

        Assert.Equal(EntityType.Model, types["岚图-70B"]);
        Assert.Equal(EntityType.Product, types["岚图助手"]);
        Assert.DoesNotContain("客服", types.Keys);
    }
}
