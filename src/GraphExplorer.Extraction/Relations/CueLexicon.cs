using GraphExplorer.Core.Relationships;
using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// The cue phrases, in Chinese and English, and how each places its arguments. One trie over all phrases, so a line
/// is scanned once; the longest phrase wins (<c>built on</c> over <c>built</c>, <c>由于</c> over <c>由</c>).
/// </summary>
internal static class CueLexicon
{
    private static readonly string[] Compute =
        ["算力", "云服务", "云计算", "云", "GPU", "显卡", "芯片", "计算资源", "计算能力", "超级计算", "超算", "计算基础设施", "基础设施", "服务器", "智算", "IDC", "数据中心",
         "compute", "computing", "cloud", "GPUs", "infrastructure", "supercomput"];

    private static readonly string[] DevelopClosers =
        ["开发", "打造", "推出", "研发", "研制", "生成", "提出", "主导", "制作", "创造", "发布", "出品", "开源", "设计", "训练"];

    private static readonly string[] InvestClosers = ["投资", "注资", "战略投资", "领投", "出资", "控股", "持股", "入股", "参投"];

    private static readonly string[] FundingClosers = ["投资", "注资", "战略投资", "领投", "融资", "参投", "入股"];

    private static readonly string[] EmbedClosers = ["接入到", "接入", "集成到", "集成进", "嵌入到", "嵌入", "内置到", "内置于", "植入", "整合到", "整合进", "应用到", "应用于"];

    /// <summary>The trie of every cue phrase.</summary>
    public static PhraseTrie<IReadOnlyList<CueFrame>> Trie { get; } = Build();

    private static PhraseTrie<IReadOnlyList<CueFrame>> Build()
    {
        var frames = new Dictionary<string, List<CueFrame>>(StringComparer.Ordinal);
        void Add(CueFrame frame, params string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                if (!frames.TryGetValue(phrase, out var list))
                {
                    frames[phrase] = list = [];
                }

                list.Add(frame);
            }
        }

        // DEVELOPS
        Add(new CueFrame(RelationshipType.Develops, CueShape.Forward),
            "开发", "开发了", "开发出", "开发出了", "研发", "研发了", "研发出", "推出", "推出了", "发布", "发布了", "打造", "打造了", "研制", "研制出", "研制出了",
            "迭代出", "迭代出了", "创造了", "创造", "提出", "提出了", "构建了", "开源了", "旗下", "旗下的", "出品", "上线了", "制作", "制作了", "训练", "训练了", "trains",
            "develops", "developed", "launches", "launched", "releases", "released", "unveils", "unveiled", "introduces", "introduced", "creates", "created", "open-sourced", "makes", "made");
        Add(new CueFrame(RelationshipType.Develops, CueShape.Backward),
            "来自", "出自", "developed by", "created by", "built by", "made by", "released by", "launched by", "from");
        Add(new CueFrame(RelationshipType.Develops, CueShape.Enclosed, DevelopClosers, InnerIsSource: true), "由", "被");
        Add(new CueFrame(RelationshipType.Develops, CueShape.Enclosed, DevelopClosers, InnerIsSource: true, OuterOnRight: true), "由");

        // BUILT_ON
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Enclosed, ["的"], InnerIsSource: false, OuterOnRight: true), "基于", "集成", "集成了", "接入", "接入了", "采用", "采用了", "搭载", "搭载了");
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Forward),
            "基于", "基於", "接入", "接入了", "集成", "集成了", "内置", "内置了", "微调自", "搭载", "搭载了", "底层模型", "底层模型是", "底层模型为", "底座模型", "底座",
            "built on", "builds on", "built upon", "based on", "powered by", "runs on", "fine-tuned from", "finetuned from", "integrates", "integrated", "uses");
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Enclosed, ["驱动"], InnerIsSource: false), "由", "以");
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Enclosed, ["驱动的", "驱动"], InnerIsSource: false, OuterOnRight: true), "以", "由");
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Enclosed, EmbedClosers, InnerIsSource: false, OuterOnRight: true), "将", "把");
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Backward), "应用于", "被应用于", "被集成到", "集成到", "接入到", "驱动了", "integrated into", "powers", "underpins");

        // INVESTS_IN
        Add(new CueFrame(RelationshipType.InvestsIn, CueShape.Forward),
            "投资", "投资了", "领投", "领投了", "参投", "参投了", "跟投", "跟投了", "注资", "入股", "入股了", "持股", "控股", "战略投资", "投了",
            "invests in", "invested in", "investing in", "led a round in", "took a stake in", "takes a stake in", "has a stake in", "backs", "backed");
        Add(new CueFrame(RelationshipType.InvestsIn, CueShape.Enclosed, FundingClosers, InnerIsSource: true), "获得", "获得了", "获", "得到", "得到了", "接受", "接受了");
        Add(new CueFrame(RelationshipType.InvestsIn, CueShape.Enclosed, InvestClosers, InnerIsSource: true), "由");
        Add(new CueFrame(RelationshipType.InvestsIn, CueShape.Backward),
            "股东", "股东是", "股东为", "的投资方", "投资方", "backed by", "funded by", "investment from", "invested by", "raised from");

        // COMPETES_WITH
        Add(new CueFrame(RelationshipType.CompetesWith, CueShape.Forward),
            "竞争对手", "竞争对手是", "竞争", "竞品", "对标", "挑战", "抗衡", "一较高下", "较量", "PK", "超越", "赶超", "逊于", "略逊于", "不如", "落后于", "outperforms", "surpasses", "rival", "rivals", "rival of", "competes with", "competing with", "competitor", "competitor of", "vs", "vs.", "versus");

        // SUPPLIES_COMPUTE_TO
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Enclosed, ["提供"], InnerIsSource: false, Requires: Compute), "为", "给", "向");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Enclosed, ["供应", "供货"], InnerIsSource: false), "为", "给", "向");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Enclosed, ["提供的", "的"], InnerIsSource: true, Requires: Compute), "使用", "利用", "采用", "依靠", "借助", "用");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Backward, Requires: Compute), "依托", "依托于", "依赖", "依靠");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Forward),
            "提供算力", "供应GPU", "供应芯片", "提供GPU", "提供云服务", "supplies compute to", "provides compute to", "supplies GPUs to", "provides GPUs to", "provides cloud services to", "supplies");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Backward), "trains on", "trained on", "runs on");

        // Words that only look like cues.
        foreach (var decoy in new[]
                 {
                     "由于", "自由", "理由", "为了", "因为", "作为", "成为", "称为", "认为", "以为", "行为", "以及", "以上", "以下", "可以", "所以", "以来", "以后", "以前",
                     "予以", "得以", "难以", "足以", "加以", "用户", "使用者", "利用率", "竞争力", "竞争优势", "竞争格局", "挑战性", "获得感", "投资人", "投资者", "投资机构",
                     "投资回报", "推出时间", "将来", "将近", "即将", "来自于", "开发者", "开发人员", "研发成本", "研发周期", "从而", "用于", "采用率", "用来",
                 })
        {
            frames.TryAdd(decoy, [new CueFrame(RelationshipType.Develops, CueShape.None)]);
        }

        var trie = new PhraseTrie<IReadOnlyList<CueFrame>>();
        foreach (var (phrase, list) in frames)
        {
            trie.Add(phrase, list);
        }

        return trie;
    }
}
