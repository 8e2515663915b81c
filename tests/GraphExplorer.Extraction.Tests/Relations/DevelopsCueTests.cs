using static GraphExplorer.Extraction.Tests.ExtractionFixture;

namespace GraphExplorer.Extraction.Tests.Relations;

public sealed class DevelopsCueTests
{
    [Theory]
    [InlineData("2024年，Anthropic发布了Claude 3.5 Sonnet。", "Anthropic DEVELOPS Claude 3.5 Sonnet")]
    [InlineData("去年百度推出文心一言，主打中文理解。", "Baidu DEVELOPS ERNIE Bot")]
    [InlineData("Meta released Llama 3 to the open-source community.", "Meta DEVELOPS Llama 3")]
    [InlineData("Last spring Google launched Gemini for developers.", "Google DEVELOPS Gemini")]
    public void Extract_ActiveCue_DeveloperIsSubject(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Theory]
    [InlineData("Gemini由谷歌开发，面向多模态任务。", "Google DEVELOPS Gemini")]
    [InlineData("Whisper是OpenAI推出的语音识别模型。", "OpenAI DEVELOPS Whisper")]
    [InlineData("Sora was developed by OpenAI.", "OpenAI DEVELOPS Sora")]
    [InlineData("`Imagen`来自谷歌，效果出色。", "Google DEVELOPS Imagen")]
    public void Extract_PassiveCue_DeveloperIsAgent(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
        Assert.DoesNotContain(edges, e => e.StartsWith(expected.Split(' ')[^1] + " DEVELOPS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("百度的文心一言已经开放给企业用户。", "Baidu DEVELOPS ERNIE Bot")]
    [InlineData("字节跳动旗下的豆包用户增长很快。", "ByteDance DEVELOPS Doubao")]
    [InlineData("Google's Gemini tops the leaderboard.", "Google DEVELOPS Gemini")]
    [InlineData("英伟达CUDA生态非常牢固。", "NVIDIA DEVELOPS CUDA")]
    [InlineData("微软3D生成扩散模型RODIN效果惊艳。", "Microsoft DEVELOPS RODIN")]
    public void Extract_PossessiveOrCompoundName_DeveloperOwnsProduct(string sentence, string expected)
    {
        var edges = Edges(sentence);

        Assert.Contains(expected, edges);
    }

    [Theory]
    [InlineData("金山办公推出了生成式AI应用WPS AI。", "Kingsoft Office DEVELOPS WPS AI")]
    [InlineData("金山办公推出了应用“WPS AI”。", "Kingsoft Office DEVELOPS WPS AI")]
    [InlineData("Grammarly推出了名为GrammarlyGo的写作工具。", "Grammarly DEVELOPS GrammarlyGo")]
    public void Extract_WordHoldingAnOpenerBeforeTheObject_StillTheObject(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Theory]
    [InlineData("珀岭科技是一家数字人公司。珀岭-Avatar 2.0是该公司基于通义万相2.1微调的形象生成模型。", "珀岭科技 DEVELOPS 珀岭-Avatar 2.0")]
    [InlineData("珀岭-Avatar 2.0是珀岭科技基于通义万相2.1微调的形象生成模型。", "珀岭科技 DEVELOPS 珀岭-Avatar 2.0")]
    [InlineData("STACKIT, the cloud run by Schwarz Digits, is growing.", "Schwarz Digits DEVELOPS STACKIT")]
    [InlineData("Rimal Compute signed a deal with Saffana AI, a Jeddah lab whose Saffana-Ar 70B was fine-tuned from Llama 3.1 70B.", "Saffana AI DEVELOPS Saffana-Ar 70B")]
    [InlineData("Adobe, whose Firefly models power Express, competes with Canva.", "Adobe DEVELOPS Firefly")]
    [InlineData("Rimal Compute's public GPU service, Rimal Cloud, opened to start-ups in October.", "Rimal Compute DEVELOPS Rimal Cloud")]
    public void Extract_ProductDescribedAsTheCompanys_CompanyDevelopsIt(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Fact]
    public void Extract_ListOfObjects_OneEdgePerObject()
    {
        var edges = Edges("OpenAI先后推出了GPT-4、DALL-E 3和Sora。");

        Assert.Contains("OpenAI DEVELOPS GPT-4", edges);
        Assert.Contains("OpenAI DEVELOPS DALL·E 3", edges);
        Assert.Contains("OpenAI DEVELOPS Sora", edges);
    }

    [Fact]
    public void Extract_CoordinatedDevelopers_EachDevelops()
    {
        var edges = Edges("Magic3D由英伟达与斯坦福大学联合开发。");

        Assert.Contains("NVIDIA DEVELOPS Magic3D", edges);
        Assert.Contains("Stanford University DEVELOPS Magic3D", edges);
    }

    [Fact]
    public void Extract_ComparisonTarget_IsNotTheProduct()
    {
        var edges = Edges("某厂商发布了首款类 ChatGPT 应用。");

        Assert.DoesNotContain(edges, e => e.EndsWith("DEVELOPS ChatGPT", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PluralPossessive_CompanyDevelopsProduct()
    {
        Assert.Contains("Vanta Robotics DEVELOPS Vanta-9B", Edges("Vanta Robotics' Vanta-9B is a vision-language-action model."));
    }

    [Fact]
    public void Extract_MakerOfInAnApposition_DescribesTheNameBeforeIt()
    {
        var edges = Edges("Thrive Capital invests in Quillmind, the maker of the Quill-2 model.");

        Assert.Contains("Thrive Capital INVESTS_IN Quillmind", edges);
        Assert.DoesNotContain("Thrive Capital DEVELOPS Quill-2", edges);
    }

    [Fact]
    public void Extract_ShortChineseNameOfHonor_IsTheCompany()
    {
        var edges = Edges("荣耀推出了MagicLM端侧大模型。");

        Assert.Contains("Honor DEVELOPS MagicLM", edges);
    }

    [Fact]
    public void Extract_PronounAfterTheSubjectsDescription_TheSubjectDevelopsIt()
    {
        var edges = Edges("衔岚科技是一家做客服对话模型的杭州公司，其衔岚-14B-Chat以Qwen3-14B为基座继续训练。");

        Assert.Contains("衔岚科技 DEVELOPS 衔岚-14B-Chat", edges);
        Assert.Contains("衔岚-14B-Chat BUILT_ON Qwen3-14B", edges);
    }

    [Fact]
    public void Extract_SecondVerbAfterAnObjectsPhrase_TheFirstSubjectActs()
    {
        var edges = Edges("NVIDIA invested $50M in Recursion in 2023 and ships H100 GPUs to Recursion.");

        Assert.DoesNotContain("Recursion DEVELOPS H100", edges);
    }

    [Fact]
    public void Extract_ChipSuppliedToACompany_NotDevelopedByIt()
    {
        var edges = Edges("英伟达今年向理想汽车供应的Thor芯片主要用于新款L系列。");

        Assert.DoesNotContain(edges, e => e.StartsWith("Li Auto DEVELOPS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("  - 云服务：Google Colab + Hugging Face Spaces", "Google DEVELOPS Google Colab")]
    [InlineData("- **Adobe Firefly:** AI 图像与设计工具", "Adobe DEVELOPS Firefly")]
    [InlineData("Stable Diffusion 的训练共使用了 256 张 Nvidia A100。", "NVIDIA DEVELOPS A100")]
    public void Extract_NameCarryingItsMakerAsAnItemOrAsHardware_TheMakerDevelops(string line, string expected)
    {
        Assert.Contains(expected, Edges(line));
    }

    [Theory]
    [InlineData("Apple Intelligence does not use Kor-3B.", "Apple DEVELOPS Apple Intelligence")]
    [InlineData("腾讯元宝同时接入了混元和DeepSeek-R1。", "Tencent DEVELOPS Tencent Yuanbao")]
    public void Extract_NameCarryingItsMakerInAClause_OnlyAName(string line, string unexpected)
    {
        Assert.DoesNotContain(unexpected, Edges(line));
    }

    [Theory]
    [InlineData("The company rents H200 capacity from CoreWeave.")]
    [InlineData("It rents H100 capacity and has signed a deal to buy 2,000 H200 accelerators from Tamarisk Silicon.")]
    public void Extract_BoughtOrRentedFrom_TheSellerDoesNotDevelop(string line)
    {
        Assert.DoesNotContain(Edges(line), e => e.Contains("DEVELOPS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("墨檩的推理集群租用了穹湾算力的H20。")]
    [InlineData("**问：穹湾算力的H20不够用了怎么办？**")]
    public void Extract_ChipOfACloudOrRentedFromAnOwner_NotDevelopedByTheOwner(string line)
    {
        Assert.DoesNotContain(Edges(line), e => e.Contains("DEVELOPS H20", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("「墨檩问答」的检索层基于栖索向量库，生成端跑在DeepSeek-V3上。", "生成端")]
    [InlineData("工信部和中国信通院今年都发布了检索增强生成的标准草案。", "检索增强生成")]
    public void Extract_PartOrGenericTerm_NoEntity(string line, string name)
    {
        Assert.DoesNotContain(Extract(line).Entities, e => e.Name == name);
    }

    [Theory]
    [InlineData("Ferrowick Security, the Austin company behind Ferrowick Triage, raised money.", "Ferrowick Security DEVELOPS Ferrowick Triage")]
    [InlineData("Pellamy, the Detroit start-up behind Pellamy Inspect, hired a CTO.", "Pellamy DEVELOPS Pellamy Inspect")]
    public void Extract_CompanyBehindAProduct_DevelopsIt(string sentence, string expected)
    {
        Assert.Contains(expected, Edges(sentence));
    }

    [Fact]
    public void Extract_TeamBehindAProductLeavesACompany_NoDevelops()
    {
        Assert.DoesNotContain(Edges("The team behind Nimbus-7 left Zephyr Labs."), e => e.Contains("DEVELOPS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Fernwick Labs trains its models on a GH200 cluster.", "GH200")]
    [InlineData("Fernwick Labs trains it on Trainium2 chips.", "Trainium2")]
    public void Extract_NameAfterAPrepositionOfTheCue_NotDeveloped(string sentence, string hardware)
    {
        Assert.DoesNotContain(Edges(sentence), e => e.StartsWith("Fernwick Labs DEVELOPS", StringComparison.Ordinal) && e.Contains(hardware, StringComparison.Ordinal));
    }
}
