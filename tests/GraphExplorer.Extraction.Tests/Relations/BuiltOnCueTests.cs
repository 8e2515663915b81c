using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

public sealed class BuiltOnCueTests
{
    [Theory]
    [InlineData("Nimbus-7部署在Shakti Cloud上。", "Nimbus-7 BUILT_ON Shakti Cloud")]
    [InlineData("Pharia-1-LLM is served on STACKIT, the cloud run by Schwarz Digits.", "Pharia-1-LLM BUILT_ON STACKIT")]
    [InlineData("EXAONE 4.0的推理服务则部署在FuriosaAI的RNGD芯片上。", "EXAONE 4.0 BUILT_ON RNGD")]
    [InlineData("Sarvam-M以Mistral Small 3.1为基础。", "Sarvam-M BUILT_ON Mistral Small 3.1")]
    public void Extract_DeployedOnNewPlatformOrLongerVersion_BuiltOnIt(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Theory]
    [InlineData("椰屿是一家吉隆坡的初创公司，其马来语模型椰屿-MS 9B由Qwen3-8B微调而来。", "椰屿-MS 9B BUILT_ON Qwen3-8B")]
    [InlineData("HUMAIN推出的HUMAIN Chat基于ALLaM 34B。", "HUMAIN Chat BUILT_ON ALLaM 34B")]
    public void Extract_NewNameAfterItsKindOrMaker_BuiltOnNewBase(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Fact]
    public void Extract_RelativeClauseAboutAProduct_CompanyMadeItAndItIsBuiltOnTheBase()
    {
        var edges = Edges("Wickline hosts Corrib-9B, a compact model that Dunmere AI fine-tuned from Mistral Small 3, and Lambda rents GPUs to Dunmere AI.");

        Assert.Contains("Dunmere AI DEVELOPS Corrib-9B", edges);
        Assert.Contains("Corrib-9B BUILT_ON Mistral Small 3", edges);
        Assert.DoesNotContain(edges, e => e.StartsWith("Dunmere AI BUILT_ON", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CompanyFineTunedModelFromBase_DevelopsAndBuiltOn()
    {
        var edges = Edges("Larkspur Learning, a Portland startup, fine-tuned Larkspur-Math 8B from Llama 3.1 8B.");

        Assert.Contains("Larkspur Learning DEVELOPS Larkspur-Math 8B", edges);
        Assert.Contains("Larkspur-Math 8B BUILT_ON Llama 3.1 8B", edges);
    }

    [Fact]
    public void Extract_CompanyDeployedOnCloud_NotBuiltOn()
    {
        Assert.DoesNotContain(Edges("衔枝科技的推理服务全部托管在潮汐云算的专享实例上。"), e => e.StartsWith("衔枝科技 BUILT_ON", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Cursor基于GPT-4构建代码补全功能。", "Cursor BUILT_ON GPT-4")]
    [InlineData("钉钉接入了通义千问，用来总结群聊。", "DingTalk BUILT_ON Qwen")]
    [InlineData("Notion AI is powered by GPT-4.", "Notion AI BUILT_ON GPT-4")]
    [InlineData("Poe is built on Claude.", "Poe BUILT_ON Claude")]
    [InlineData("Poe also offers Gemini 2.5 Pro as an optional model.", "Poe BUILT_ON Gemini 2.5 Pro")]
    [InlineData("Amazon Bedrock hosts Llama 3.1 and Mistral Large.", "Amazon Bedrock BUILT_ON Mistral Large")]
    public void Extract_ForwardCue_DependentBeforeBase(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Fact]
    public void Extract_BasedOnModifier_DependentAfterPhrase()
    {
        var edges = Edges("社区里基于Llama 2微调的Vicuna表现不错。");

        Assert.Contains("Vicuna BUILT_ON Llama 2", edges);
        Assert.DoesNotContain("Llama 2 BUILT_ON Vicuna", edges);
    }

    [Theory]
    [InlineData("Zorvik-13B在Llama 3.1上继续训练，补充了代码语料。", "Zorvik-13B BUILT_ON Llama 3.1")]
    [InlineData("Zorvik-13B在Qwen2.5上继续预训练了两千亿token。", "Zorvik-13B BUILT_ON Qwen2.5")]
    [InlineData("Zorvik-Mini在DeepSeek-R1上蒸馏得到。", "Zorvik-Mini BUILT_ON DeepSeek-R1")]
    public void Extract_ContinuedTrainingOnABase_BuiltOnTheBase(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Theory]
    [InlineData("墨岚-Voice 2B则由Qwen2.5-7B蒸馏而来。", "墨岚-Voice 2B BUILT_ON Qwen2.5-7B")]
    [InlineData("墨岚-XL 2.0由Stable Diffusion XL微调而来。", "墨岚-XL 2.0 BUILT_ON SDXL")]
    [InlineData("而墨岚-7B本身蒸馏自DeepSeek-R1。", "墨岚-7B BUILT_ON DeepSeek-R1")]
    public void Extract_DerivedFromABase_BuiltOnTheBase(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Theory]
    [InlineData("Zorvik Chat以GPT-4驱动的对话体验著称。", "Zorvik Chat BUILT_ON GPT-4")]
    [InlineData("ZorvikGPT基于预训练GPT-2提出了一种新的注意力机制。", "ZorvikGPT BUILT_ON GPT-2")]
    public void Extract_BasePhraseDescribingAnUnnamedThing_TheClauseSubjectIsBuiltOnIt(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Theory]
    [InlineData("GPT-4已被广泛应用于Zorvik Writer等写作工具。", "Zorvik Writer BUILT_ON GPT-4")]
    [InlineData("GPT-4已被直接应用于Zorvik Writer。", "Zorvik Writer BUILT_ON GPT-4")]
    public void Extract_BaseAppliedToAProduct_ProductBuiltOnTheBase(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Fact]
    public void Extract_PassiveDrive_DependentIsSubject()
    {
        var edges = Edges("Microsoft 365 Copilot由GPT-4驱动。");

        Assert.Contains("Microsoft 365 Copilot BUILT_ON GPT-4", edges);
    }

    [Fact]
    public void Extract_EmbedIntoProduct_ProductBuiltOnModel()
    {
        var edges = Edges("飞书宣布将豆包接入到飞书文档。");

        Assert.Contains("飞书文档 BUILT_ON Doubao", edges);
    }

    [Fact]
    public void Extract_SupportedModelsUnderProduct_ProductBuiltOnEach()
    {
        const string Markdown = """
            - **Amazon Bedrock** - 托管的模型服务
              - 支持模型：Claude、Llama、Mixtral
            """;

        var edges = Edges(Markdown);

        Assert.Contains("Amazon Bedrock BUILT_ON Claude", edges);
        Assert.Contains("Amazon Bedrock BUILT_ON Llama", edges);
        Assert.Contains("Amazon Bedrock BUILT_ON Mixtral", edges);
    }

    [Fact]
    public void Extract_AppliedToList_EachToolBuiltOnModel()
    {
        var edges = Edges("GPT-4的能力已被应用于Cursor、Notion AI等工具。");

        Assert.Contains("Cursor BUILT_ON GPT-4", edges);
        Assert.Contains("Notion AI BUILT_ON GPT-4", edges);
    }

    [Fact]
    public void Extract_ObjectListBeforeNewClause_StopsAtTheNextSubject()
    {
        var edges = Edges("Vantor-2 was distilled from Llama 3, and Vantor Chat runs on Vantor-2.");

        Assert.Contains("Vantor-2 BUILT_ON Llama 3", edges);
        Assert.Contains("Vantor Chat BUILT_ON Vantor-2", edges);
        Assert.DoesNotContain("Vantor-2 BUILT_ON Vantor Chat", edges);
    }

    [Theory]
    [InlineData("Kor runs on it", 3, true)]
    [InlineData("Kor is fine", 3, true)]
    [InlineData("Kor、Lumo", 3, false)]
    [InlineData("Kor and Lumo", 3, false)]
    public void StartsPredicate_VerbAfterName(string text, int position, bool expected)
    {
        Assert.Equal(expected, GraphExplorer.Extraction.Relations.CueArguments.StartsPredicate(text, position));
    }

    [Theory]
    [InlineData("Ollama runs models locally and LM Studio is a desktop app. Both are built on llama.cpp.", "Ollama BUILT_ON llama.cpp", "LM Studio BUILT_ON llama.cpp")]
    public void Extract_BothAsSubject_TheTwoNamedBefore(string sentence, string first, string second)
    {
        var edges = Edges(sentence);

        Assert.Contains(first, edges);
        Assert.Contains(second, edges);
    }

    [Fact]
    public void Extract_QuotedNameWithItsKindBeforeARunsOnVerb_TheQuotedNameIsTheDependent()
    {
        var edges = Edges("“山雀”推理集群运行在MTT S4000之上。");

        Assert.Contains("山雀 BUILT_ON MTT S4000", edges);
        Assert.DoesNotContain(edges, e => e.StartsWith("推理集群", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Gravelmoor Hub托管了Qwen3-32B和Korrin-9B。", "Gravelmoor Hub BUILT_ON Qwen3-32B")]
    [InlineData("Gravelmoor Hub托管了Qwen3-32B和Korrin-9B。", "Gravelmoor Hub BUILT_ON Korrin-9B")]
    [InlineData("Ollama仍以llama.cpp为推理后端。", "Ollama BUILT_ON llama.cpp")]
    public void Extract_HostsOrUsesAsBackend_BuiltOn(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Theory]
    [InlineData("星岚科技的星岚-7B以Qwen2.5-7B为底座。", "星岚-7B BUILT_ON Qwen2.5-7B")]
    [InlineData("Kestrel AI's Kestrel-8B is built on Nimbus-7.", "Kestrel-8B BUILT_ON Nimbus-7")]
    public void Extract_NewProductOfItsOwnerBuiltOnANewModel_BuiltOn(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Fact]
    public void Extract_SecondPredicateJoinedByAndIs_BelongsToTheSubject()
    {
        var edges = Edges("Wrenmoor Glass 2 runs on Qualcomm's Snapdragon AR1 Gen 1 and is powered by Llama 3.2 3B.");

        Assert.Contains("Wrenmoor Glass 2 BUILT_ON Llama 3.2 3B", edges);
        Assert.DoesNotContain("Snapdragon AR1 Gen 1 BUILT_ON Llama 3.2 3B", edges);
    }

    [Fact]
    public void Extract_ModelAnaphor_StandsForTheModelNotTheProduct()
    {
        var edges = Edges("萤伴App由栩生-RP 32B驱动，该模型由栩生科技基于Qwen2.5-32B微调而来。");

        Assert.Contains("栩生-RP 32B BUILT_ON Qwen2.5-32B", edges);
        Assert.DoesNotContain("萤伴App BUILT_ON Qwen2.5-32B", edges);
    }

    [Fact]
    public void Extract_NameDescribingANounInAnApposition_TheAppositionsHeadIsBuiltOn()
    {
        var edges = Edges("Glimmerlot Studio, an ad-creative tool for Shopify merchants powered by FLUX.1.");

        Assert.Contains("Glimmerlot Studio BUILT_ON FLUX.1", edges);
        Assert.DoesNotContain("Shopify BUILT_ON FLUX.1", edges);
    }

    [Theory]
    [InlineData("- **豆包：** 字节跳动的对话产品，底层是豆包大模型", "Doubao BUILT_ON Doubao model", "ByteDance BUILT_ON Doubao model")]
    [InlineData("- **Le Chat：** Mistral AI的对话产品，底层是Mistral Large 2", "Le Chat BUILT_ON Mistral Large 2", "Mistral AI BUILT_ON Mistral Large 2")]
    public void Extract_LabelDescribedAsACompanysProduct_TheLabelIsBuiltOn(string line, string expected, string unexpected)
    {
        var edges = Edges(line);

        Assert.Contains(expected, edges);
        Assert.DoesNotContain(unexpected, edges);
    }

    [Fact]
    public void Extract_ObjectOfAnEarlierClause_NotListedWithTheNextSubject()
    {
        var edges = Edges("火山方舟托管了豆包大模型，HiAgent基于火山方舟。");

        Assert.Contains("HiAgent BUILT_ON Volcano Ark", edges);
        Assert.DoesNotContain("Doubao model BUILT_ON Volcano Ark", edges);
    }

    [Fact]
    public void Extract_PartOfTheSubjectBeforeContrast_NoNewName()
    {
        var graph = Extract("砺川科技的砺川R8基于朴芯P3，液冷系统则基于冷杉的冷杉CDU-600。");

        Assert.DoesNotContain(graph.Entities, e => e.Name == "液冷系统");
    }

    [Fact]
    public void Extract_BareRelativeClauseAfterAModel_TheClausesCompanyDevelopsIt()
    {
        var edges = Edges("Tidewell NOC Agent runs on Relay-NOC 8B, which Tidewell Networks fine-tuned from Mistral NeMo 12B.");

        Assert.Contains("Relay-NOC 8B BUILT_ON Mistral NeMo 12B", edges);
        Assert.Contains("Tidewell Networks DEVELOPS Relay-NOC 8B", edges);
    }

    [Fact]
    public void Extract_DocumentTitleWithAColon_NoItemHead()
    {
        Assert.DoesNotContain(Edges("# AI搜索与答案引擎：入口、索引与算力的三重争夺"), e => e.Contains("DEVELOPS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ridgewatch XDR is now powered in part by Ostrel-ID 3B.")]
    [InlineData("Ridgewatch XDR is built largely on Ostrel-ID 3B.")]
    public void Extract_AdverbBetweenTheVerbAndItsPreposition_StillBuiltOn(string sentence)
    {
        Assert.Contains("Ridgewatch XDR BUILT_ON Ostrel-ID 3B", Edges(sentence));
    }
}
