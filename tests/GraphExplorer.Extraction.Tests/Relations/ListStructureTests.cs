using GraphExplorer.Core.Relationships;
using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

public sealed class ListStructureTests
{
    [Theory]
    [InlineData("- **Quillmark：** Quill Notes、Quill Chat", "Quillmark DEVELOPS Quill Notes")]
    [InlineData("4. **Quillmark：** Quill Notes原型", "Quillmark DEVELOPS Quill Notes")]
    public void Extract_NewNameAsBoldLabel_DevelopsTheListedNames(string line, string expected)
    {
        Assert.Contains(expected, Edges(line));
    }

    [Theory]
    [InlineData("[Quillmark: Taming Imperfect Optical Flows](https://arxiv.org/abs/1)")]
    [InlineData("`Other Models`: AlphaTensor、AlphaFold")]
    public void Extract_TitleOrCodeLabelBeforeColon_DevelopsNothing(string line)
    {
        Assert.DoesNotContain(Edges(line), e => e.Contains(" DEVELOPS ", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DeveloperInParentheses_DevelopsWithStructureEvidence()
    {
        var graph = Extract("- **Claude (Anthropic):** 长文档助手");

        var edge = Assert.Single(graph.Relationships);
        Assert.Equal(RelationshipType.Develops, edge.Type);
        Assert.Equal("anthropic", edge.Source.Value);
        Assert.Equal("claude", edge.Target.Value);
        Assert.Equal(EvidenceBasis.Structure, edge.Evidence[0].Basis);
    }

    [Fact]
    public void Extract_DeveloperColonProducts_DevelopsEachProduct()
    {
        var edges = Edges("- **Google:** Gemini系列 (多模态), Imagen, Colab");

        Assert.Contains("Google DEVELOPS Gemini", edges);
        Assert.Contains("Google DEVELOPS Imagen", edges);
        Assert.Contains("Google DEVELOPS Google Colab", edges);
    }

    [Fact]
    public void Extract_CodeSpanDeveloper_DevelopsListedModels()
    {
        var edges = Edges("- `Meta`: Llama、Emu、Make-A-Video");

        Assert.Contains("Meta DEVELOPS Llama", edges);
        Assert.Contains("Meta DEVELOPS Emu", edges);
        Assert.Contains("Meta DEVELOPS Make-A-Video", edges);
    }

    [Fact]
    public void Extract_SeriesWithMembers_DevelopsMembers()
    {
        var edges = Edges("- OpenAI: GPT系列 (GPT-4, GPT-3.5), Whisper");

        Assert.Contains("OpenAI DEVELOPS GPT-4", edges);
        Assert.Contains("OpenAI DEVELOPS GPT-3.5", edges);
        Assert.Contains("OpenAI DEVELOPS Whisper", edges);
    }

    [Theory]
    [InlineData("- Shap-E：OpenAI团队开发，生成三维资产", "OpenAI DEVELOPS Shap-E")]
    [InlineData("- **PyTorch** - Meta开源的深度学习框架", "Meta DEVELOPS PyTorch")]
    [InlineData("- AlphaFold、AlphaGo：DeepMind研发", "Google DeepMind DEVELOPS AlphaGo")]
    public void Extract_ProductsColonDeveloper_DeveloperDevelopsHead(string line, string expected)
    {
        var edges = Edges(line);

        Assert.Contains(expected, edges);
    }

    [Fact]
    public void Extract_InvestorInParentheses_InvestsIn()
    {
        var edges = Edges("- 法律赛道：Spellbook（微软投资）");

        Assert.Contains("Microsoft INVESTS_IN Spellbook", edges);
    }

    [Fact]
    public void Extract_NewNameWithInvestorInParentheses_BecomesNode()
    {
        var graph = Extract("- 代表公司：Lexora（openai投资）");

        Assert.Contains("OpenAI INVESTS_IN Lexora", Edges(graph));
        Assert.Contains(graph.Entities, e => e.Name == "Lexora");
    }

    [Fact]
    public void Extract_ExampleInParentheses_NoEdge()
    {
        var edges = Edges("- **Coding AI (e.g., Cursor):** 代码生成");

        Assert.Empty(edges);
    }

    [Fact]
    public void Extract_QuotedNameInDeveloperList_ProductOfTheHead()
    {
        var edges = Edges("- **Zephyrix Labs：** Nimbus-7、“青岚”推理集群");

        Assert.Contains("Zephyrix Labs DEVELOPS 青岚", edges);
        Assert.Contains("Zephyrix Labs DEVELOPS Nimbus-7", edges);
    }

    [Fact]
    public void Extract_LabelWhoseBodyOpensWithAnInvestment_NoProductList()
    {
        var edges = Edges("- **栎岚资本：** 领投潮岚科技B轮，启明创投跟投");

        Assert.DoesNotContain(edges, e => e.Contains("DEVELOPS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- **Fernmoor Robotics：** Ferro-1, Ferro Studio", "Fernmoor Robotics DEVELOPS Ferro Studio")]
    [InlineData("- **Marlcote Collective：** Burrow-12B, Warren Chat", "Marlcote Collective DEVELOPS Warren Chat")]
    public void Extract_LabelListOfTwoWordProducts_TheLabelDevelopsEach(string line, string expected)
    {
        Assert.Contains(expected, Edges(line));
    }
}
