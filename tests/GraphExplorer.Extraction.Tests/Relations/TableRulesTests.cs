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
}
