using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

public sealed class TableRulesTests
{
    [Fact]
    public void Extract_DeveloperTable_RowCompanyDevelopsEveryItem()
    {
        const string Markdown = """
            |代表公司|文本|图像|
            |:--:|:--:|:--:|
            |Google|PaLM/LaMDA 均开源|Imagen|
            |Meta|OPT／Llama|Quillnet|
            """;

        var edges = Edges(Markdown);

        Assert.Contains("Google DEVELOPS PaLM", edges);
        Assert.Contains("Google DEVELOPS LaMDA", edges);
        Assert.Contains("Google DEVELOPS Imagen", edges);
        Assert.Contains("Meta DEVELOPS OPT", edges);
        Assert.Contains("Meta DEVELOPS Llama", edges);
        Assert.Contains("Meta DEVELOPS Quillnet", edges);
    }

    [Fact]
    public void Extract_ModelListedUnderTwoCompanies_FirstRowKeepsIt()
    {
        const string Markdown = """
            |Company|Models|
            |--|--|
            |OpenAI|GPT-3/CLIP|
            |Jasper|GPT-3|
            """;

        var edges = Edges(Markdown);

        Assert.Contains("OpenAI DEVELOPS GPT-3", edges);
        Assert.DoesNotContain("Jasper DEVELOPS GPT-3", edges);
    }

    [Fact]
    public void Extract_TableWithoutDeveloperHeader_NoRowEdges()
    {
        const string Markdown = """
            |项目|方向|
            |--|--|
            |OpenAI|GPT-4|
            """;

        var edges = Edges(Markdown);

        Assert.DoesNotContain("OpenAI DEVELOPS GPT-4", edges);
    }

    [Fact]
    public void Extract_GenericTermsInCells_NotNodes()
    {
        const string Markdown = """
            |厂商|模型|
            |--|--|
            |NVIDIA|Transformer/NLP/Diffusion Model|
            """;

        var edges = Edges(Markdown);

        Assert.Empty(edges);
    }

    [Fact]
    public void Extract_HostedModelsColumn_ThePlatformIsBuiltOnThemAndItsOperatorDevelopsIt()
    {
        const string Markdown = """
            | 平台 | 运营方 | 托管的主要模型 | 计费方式 |
            |---|---|---|---|
            | 汀岚推理平台 | 汀岚云算 | Qwen3-32B、汀岚-14B-Chat | 按token |
            """;

        var edges = Edges(Markdown);

        Assert.Contains("汀岚云算 DEVELOPS 汀岚推理平台", edges);
        Assert.Contains("汀岚推理平台 BUILT_ON Qwen3-32B", edges);
        Assert.Contains("汀岚推理平台 BUILT_ON 汀岚-14B-Chat", edges);
        Assert.DoesNotContain(edges, e => e.StartsWith("汀岚云算 DEVELOPS Qwen3", StringComparison.Ordinal) || e.Contains("按token", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SupplierAndCustomerColumns_TheSupplierSuppliesEachCustomer()
    {
        const string Markdown = """
            | 算力供应方 | 客户 | 形式 |
            |---|---|---|
            | Pellmoor Compute | Sablecrest AI | GPU包年 |
            """;

        var edges = Edges(Markdown);

        Assert.Contains("Pellmoor Compute SUPPLIES_COMPUTE_TO Sablecrest AI", edges);
        Assert.DoesNotContain(edges, e => e.Contains("DEVELOPS", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TaskAndLicenceColumns_ReadForNoItem()
    {
        const string Markdown = """
            | 衍生模型 | 发布方 | 底座 | 主要任务 |
            |---|---|---|---|
            | Tarnwick-12B | Marlcote Collective | Qwen3-8B | 抗体亲和力优化 |
            """;

        var edges = Edges(Markdown);

        Assert.Contains("Marlcote Collective DEVELOPS Tarnwick-12B", edges);
        Assert.Contains("Tarnwick-12B BUILT_ON Qwen3-8B", edges);
        Assert.DoesNotContain(edges, e => e.Contains("优化", StringComparison.Ordinal) || e.Contains("抗体", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ComputeSourceColumnWithAnUntypedName_TheSourceSuppliesTheDeveloper()
    {
        var edges = ExtractionFixture.Edges("| 产品 | 开发方 | 底座模型 | 算力来源 |\n|---|---|---|---|\n| 搜溪问答 | 搜溪科技 | Qwen3 | 渚算云 |\n| 腾讯元宝 | 腾讯 | 混元 | 自建机房 |");

        Assert.Contains("渚算云 SUPPLIES_COMPUTE_TO 搜溪科技", edges);
        Assert.DoesNotContain(edges, e => e.Contains("自建机房", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ScenesInTheFirstColumn_AreNoNamesElsewhere()
    {
        var graph = ExtractionFixture.Extract("| 场景 | 智能体 | 开发方 |\n|---|---|---|\n| 电网调度 | 晟碳调度助手 | 晟碳科技 |\n\n晟碳科技是一家合肥的电网调度智能体公司。");

        Assert.DoesNotContain(graph.Entities, e => e.Name == "电网调度");
    }
}
