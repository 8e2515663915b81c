using GraphExplorer.Core.Relationships;
using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// The cue phrases, in Chinese and English side by side, and how each places its arguments. One trie over all
/// phrases, so a line is scanned once; the longest phrase wins (<c>built on</c> over <c>built</c>, <c>由于</c> over <c>由</c>).
/// A phrase's frames are tried in the order they are added here.
/// </summary>
internal static class CueLexicon
{
    /// <summary>Words that make a supply or a use about compute: hardware, cloud, data centres.</summary>
    public static readonly string[] ComputeWords =
        ["算力", "云服务", "云计算", "云", "GPU", "显卡", "芯片", "计算资源", "计算能力", "训练资源", "推理资源", "超级计算", "超算", "计算基础设施", "基础设施", "服务器", "智算", "IDC", "数据中心", "集群", "训练卡", "加速卡",
         "A100", "H100", "H800", "A800", "H20", "H200", "B200", "GB200", "B300", "GB300", "L20", "L40", "MI300", "MI325", "910B", "910C", "TPU", "NPU", "昇腾", "Ascend", "Trainium", "Gaudi",
         "compute", "computing", "cloud", "GPUs", "chips", "accelerators", "infrastructure", "supercomput", "cluster", "data center", "datacenter", "servers",
         "inference capacity", "training capacity"];

    /// <summary>What a delivery of compute names: compute words, or chips and racks counted out (<c>十万片芯砾M5</c>, <c>数千台…整机柜</c>).</summary>
    private static readonly string[] DeliveredWords = [.. ComputeWords, "万片", "千片", "百片", "万张", "千张", "百张", "千台", "百台", "万台", "整机柜", "加速器"];

    private static readonly string[] DevelopClosers =
        ["开发", "打造", "推出", "研发", "研制", "生成", "提出", "主导", "制作", "创造", "发布", "出品", "开源", "设计", "训练", "共同建设", "建设", "运营"];

    private static readonly string[] InvestClosers = ["投资", "注资", "战略投资", "独家投资", "联合投资", "共同投资", "领投", "出资", "控股", "持股", "入股", "参投", "收购", "并购"];

    /// <summary>What closes <c>with X and Y …</c> after a round's lead: the others' part in the round.</summary>
    private static readonly string[] ParticipationClosers =
        ["participating", "joining", "taking part", "also investing", "investing alongside", "taking a stake", "taking a strategic stake", "taking a minority stake", "following on"];

    private static readonly string[] FundingClosers = ["投资", "注资", "战略投资", "领投", "融资", "参投", "入股"];

    private static readonly string[] EmbedClosers = ["接入到", "接入", "集成到", "集成进", "嵌入到", "嵌入", "内置到", "内置于", "植入", "整合到", "整合进", "应用到", "应用于"];

    /// <summary>Closers of <c>由X蒸馏而来</c>, <c>从X微调得到</c>: the subject was derived from X.</summary>
    private static readonly string[] DerivationClosers = ["蒸馏而来", "微调而来", "训练而来", "衍生而来", "改进而来", "蒸馏得到", "微调得到", "蒸馏而成", "微调而成"];

    private static readonly string[] BaseClosers = ["为基础", "底座", "基座", "为底层", "为基石", "作为基础", "为推理后端", "为后端", "为推理引擎"];

    /// <summary>Words that say a funding round took place; <c>led by</c> and <c>from</c> state investments only after them.</summary>
    private static readonly string[] RoundContext =
        ["round", "raised", "raises", "raising", "funding", "financing", "Series A", "Series B", "Series C", "Series D", "investment", "valuation", "融资", "轮"];

    /// <summary>
    /// The frames of a plain word: one holding an opener's character (用, 为, 向, 由) that is no cue and, unlike the
    /// decoys, does not end the arguments of the cue before it (<c>推出了生成式AI应用WPS AI</c>, <c>发布了名为X的工具</c>).
    /// </summary>
    public static readonly IReadOnlyList<CueFrame> PlainWord = [new CueFrame(RelationshipType.Develops, CueShape.None)];

    private static readonly string[] PlainWords =
    [
        "应用", "通用", "商用", "专用", "民用", "家用", "费用", "作用", "实用", "信用", "常用", "适用", "试用", "可用", "好用", "日用", "公用", "运用",
        "引用", "占用", "沿用", "复用", "选用", "启用", "效用", "用途", "名为", "命名为", "更名为", "改名为", "取名为", "视为", "被视为", "称之为",
        "较为", "极为", "最为", "颇为", "尤为", "广为", "分为", "转为", "变为", "列为", "誉为", "为止", "方向", "倾向", "导向", "转向", "经由",
        "训练所需", "训练所用", "训练用的", "训练需要", "训练任务", "训练集群", "推理所需",
    ];

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

        // Funding first: in a sentence about a round, "from" and "led by" name investors, not makers.
        Add(new CueFrame(RelationshipType.InvestsIn, CueShape.Backward) { Context = RoundContext, RoundAnaphora = true },
            "led by", "co-led by", "from", "with participation from", "joined by");

        // Compute bought or run on (before DEVELOPS "trained" and BUILT_ON "runs on", which the same words may state).
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.ComputeUse),
            "runs on", "running on", "deployed on", "hosted on", "served on", "serves it on", "serves them on", "trained on", "trains on", "trained in",
            "migrated to", "moved its models to", "迁到", "迁移到", "迁至", "部署在", "部署于", "运行在", "运行于", "托管在", "托管于", "跑在", "跑在了");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.ComputeUse, Requires: ["on ", "using", "with"]) { Stacks = true },
            "trained", "trains");

        // DEVELOPS
        Add(new CueFrame(RelationshipType.Develops, CueShape.Forward),
            "开发", "开发了", "开发出", "开发出了", "研发", "研发了", "研发出", "推出", "推出了", "发布", "发布了", "打造", "打造了", "研制", "研制出", "研制出了",
            "自研", "自研的", "自研了", "旗下有", "旗下拥有", "迭代出", "迭代出了", "创造了", "创造", "提出", "提出了", "构建了", "开源了", "旗下", "旗下的", "出品", "上线了", "制作", "制作了", "训练", "训练了", "trains", "trained",
            "develops", "developed", "is developing", "launches", "launched", "releases", "released", "unveils", "unveiled", "introduces", "introduced",
            "creates", "created", "open-sourced", "open-sources", "makes", "made", "builds", "built", "announced", "announces", "debuted", "debuts",
            "ships", "shipped", "rolled out", "rolls out", "is the developer of", "is the maker of", "is the creator of", "maker of", "developer of", "creator of",
            "company behind", "start-up behind", "startup behind", "firm behind", "lab behind", "team behind", "developer behind", "maker behind", "is behind");
        Add(new CueFrame(RelationshipType.Develops, CueShape.Backward),
            "来自", "出自", "developed by", "created by", "built by", "made by", "released by", "launched by", "open-sourced by", "trained by", "designed by",
            "run by", "operated by", "maintained by");
        Add(new CueFrame(RelationshipType.Develops, CueShape.Backward) { NeedsKnown = true }, "from");
        Add(new CueFrame(RelationshipType.Develops, CueShape.Enclosed, DevelopClosers, InnerIsSource: true), "由", "被");
        Add(new CueFrame(RelationshipType.Develops, CueShape.Enclosed, DevelopClosers, InnerIsSource: true, OuterOnRight: true), "由");

        // BUILT_ON
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Enclosed, ["的"], InnerIsSource: false, OuterOnRight: true), "基于", "集成", "集成了", "接入", "接入了", "采用", "采用了", "搭载", "搭载了");
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Forward),
            "基于", "基於", "接入", "接入了", "接了", "集成", "集成了", "内置", "内置了", "微调自", "蒸馏自", "衍生自", "派生自", "搭载", "搭载了", "底层模型", "底层模型是", "底层模型为", "底座模型", "底座",
            "托管了", "开始托管", "托管着", "integrates", "integrated", "uses", "hosts", "offers");
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Forward) { AnySource = true },
            "built on", "builds on", "built upon", "built on top of", "is based on", "based on", "powered by", "runs on", "fine-tuned from", "finetuned from",
            "fine-tuned on", "a fine-tune of", "derived from", "distilled from", "on top of", "运行在", "运行于", "底层是", "底层为",
            "powered in part by", "powered partly by", "powered mainly by", "powered largely by", "powered primarily by", "built in part on", "built partly on",
            "built largely on", "built mainly on", "built primarily on");
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Forward) { AnyBase = true },
            "部署在", "部署于", "跑在", "跑在了", "托管在", "托管于", "deployed on", "served on", "hosted on");
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Enclosed, BaseClosers, InnerIsSource: false), "以");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Enclosed, ["上训练", "上进行训练", "上完成训练", "上运行", "上部署", "上训练的"], InnerIsSource: true), "在");
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Enclosed, ["的基础上", "基础上", "上微调", "之上", "上继续训练", "上继续预训练", "上蒸馏"], InnerIsSource: false), "在");
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Enclosed, ["驱动"], InnerIsSource: false), "由", "以");
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Enclosed, DerivationClosers, InnerIsSource: false), "由", "从", "基于");
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Enclosed, ["驱动的", "驱动", "为基础的", "为底座的", "为基座的"], InnerIsSource: false, OuterOnRight: true), "以", "由");
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Enclosed, EmbedClosers, InnerIsSource: false, OuterOnRight: true), "将", "把");
        Add(new CueFrame(RelationshipType.BuiltOn, CueShape.Backward), "应用于", "被应用于", "直接应用于", "广泛应用于", "被集成到", "集成到", "接入到", "驱动了", "integrated into", "powers", "underpins", "is the base of");

        // INVESTS_IN (acquisitions too: the buyer takes a stake)
        Add(new CueFrame(RelationshipType.InvestsIn, CueShape.Forward) { RoundAnaphora = true },
            "投资", "投资了", "领投", "领投了", "参投", "参投了", "跟投", "跟投了", "注资", "入股", "入股了", "持股", "控股", "战略投资", "战略投资了", "投了", "收购", "收购了", "并购", "并购了",
            "invests in", "invested in", "investing in", "has invested in", "led a round in", "led the round in", "took a stake in", "takes a stake in", "has a stake in",
            "backs", "backed", "acquired", "acquires", "bought", "buys", "took over", "takes over", "acquisition of", "is an investor in", "an investor in", "backer of",
            "led the round", "led the funding", "led the financing", "co-led the round", "participated in the round", "participated in the funding", "participated in the financing", "joined the round",
            "参与了本轮融资", "参与本轮融资", "参与了该轮融资");
        Add(new CueFrame(RelationshipType.InvestsIn, CueShape.Forward, Requires: ["round", "Series", "funding", "financing", "raise"]), "led", "co-led");
        Add(new CueFrame(RelationshipType.InvestsIn, CueShape.Forward, Requires: ["stake"]), "took a", "takes a", "holds a", "has a", "acquired a", "bought a");
        Add(new CueFrame(RelationshipType.InvestsIn, CueShape.Forward, Requires: [" in "]), "invested", "invests", "has invested", "committed");
        Add(new CueFrame(RelationshipType.InvestsIn, CueShape.Enclosed, ["融资", "轮"], InnerIsSource: false), "参与了", "参与", "参投了", "领投了", "跟投了");
        Add(new CueFrame(RelationshipType.InvestsIn, CueShape.Enclosed, ["投资", "注资", "增资", "战略投资"], InnerIsSource: false), "向", "对");
        Add(new CueFrame(RelationshipType.InvestsIn, CueShape.Enclosed, ParticipationClosers, InnerIsSource: true) { RoundAnaphora = true, JoinsLeadRound = true }, "with");
        Add(new CueFrame(RelationshipType.InvestsIn, CueShape.Enclosed, FundingClosers, InnerIsSource: true) { RoundAnaphora = true }, "获得", "获得了", "获", "得到", "得到了", "接受", "接受了");
        Add(new CueFrame(RelationshipType.InvestsIn, CueShape.Enclosed, InvestClosers, InnerIsSource: true) { RoundAnaphora = true }, "由", "被");
        Add(new CueFrame(RelationshipType.InvestsIn, CueShape.Backward),
            "股东", "股东是", "股东为", "股东包括", "的投资方", "投资方", "投资方包括", "投资方为", "领投方为", "领投方是", "跟投方包括", "跟投方为", "跟投方是", "投资人包括", "背靠", "背后是", "backed by", "funded by", "investment from", "invested by",
            "raised from", "acquired by", "bought by", "investors include", "investors including", "backers include", "backers including", "is owned by", "owned by");

        // COMPETES_WITH (comparisons only outside benchmark reports)
        Add(new CueFrame(RelationshipType.CompetesWith, CueShape.Forward),
            "竞争对手", "竞争对手是", "竞争", "竞品", "对标", "挑战", "抗衡", "一较高下", "较量", "PK", "rival", "rivals", "rival of", "a rival to", "rivaling",
            "competes with", "competing with", "competes against", "competing against", "compete with", "competitor", "competitor of", "competitors", "takes on",
            "goes head-to-head with", "challenger to", "vs", "vs.", "versus", "争夺", "交锋");
        Add(new CueFrame(RelationshipType.CompetesWith, CueShape.Forward) { Comparative = true },
            "超越", "赶超", "逊于", "略逊于", "不如", "落后于", "outperforms", "outperformed", "surpasses", "surpassed", "beats");

        // SUPPLIES_COMPUTE_TO (a giving verb with "to" first: rents X to Y gives, rents X from Y takes)
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.ComputeTo),
            "supply", "supplies", "supplied", "provide", "provides", "provided", "deliver", "delivers", "delivered", "ship", "ships", "shipped",
            "supplying", "providing", "delivering", "shipping", "sell", "sells", "sold", "selling", "rent", "rents", "rented", "lease", "leases", "leased", "rents out", "leases out", "allocates", "allocated");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Enclosed, ["采购", "采购了", "购买", "购买了", "租用", "租用了", "租赁", "租赁了", "订购", "订购了", "买了"], InnerIsSource: true, Requires: ComputeWords), "从");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Enclosed, ["提供"], InnerIsSource: false, Requires: ComputeWords), "为", "给", "向");

        // 训练所用的GPU集群由SoftBank提供: the compute named before 由 is supplied by the company inside.
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Enclosed, ["提供", "供应", "提供的"], InnerIsSource: true) { Context = ComputeWords }, "由");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Enclosed, ["供应", "供货"], InnerIsSource: false), "为", "给", "向");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Enclosed, ["交付", "出售", "销售", "出租", "租给"], InnerIsSource: false, Requires: DeliveredWords), "向", "给");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Enclosed, ["with"], InnerIsSource: false, Requires: ComputeWords), "provides", "provided", "supplies", "supplied", "equips");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Enclosed, ["提供的", "的"], InnerIsSource: true, Requires: ComputeWords), "使用", "利用", "采用", "依靠", "借助", "用", "租用", "租用了", "采购", "采购了", "购买", "购买了");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.ComputeUse, Requires: ComputeWords),
            "使用", "使用了", "利用", "采用", "采用了", "用了", "租用", "租用了", "采购", "采购了", "购买", "购买了", "拥有", "部署了", "囤积", "买了",
            "uses", "used", "using", "buys", "bought", "purchased", "purchases", "rents", "rented", "leases", "leased", "owns", "deployed", "relies on");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Backward, Requires: ComputeWords), "依托", "依托于", "依赖", "依靠");
        // …whose GPUs are supplied by NVIDIA: the hardware named before the cue makes the supplier's a compute supply.
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Backward) { Context = ComputeWords }, "supplied by", "are supplied by", "is supplied by", "provided by", "delivered by", "shipped by");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Forward, Requires: ComputeWords), "provides", "supplies", "sells", "delivers", "leases", "rents out", "delivered", "sold");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Forward),
            "提供算力", "供应GPU", "供应芯片", "提供GPU", "提供云服务", "supplies compute to", "provides compute to", "supplies GPUs to", "provides GPUs to", "sells GPUs to",
            "supplies chips to", "sells chips to", "provides cloud services to", "provides computing power to", "provides cloud computing to", "supplies",
            "rents GPUs to", "rents compute to", "rents capacity to", "leases GPUs to", "leases compute to", "ships GPUs to");
        Add(new CueFrame(RelationshipType.SuppliesComputeTo, CueShape.Customer),
            "算力方", "算力客户", "算力供应商", "客户", "大客户", "买家", "采购方", "customer", "customers", "client", "clients", "buyer", "buyers");

        // Words that only look like cues.
        foreach (var decoy in new[]
                 {
                     "由于", "自由", "理由", "为了", "因为", "作为", "成为", "称为", "认为", "以为", "行为", "以及", "以上", "以下", "可以", "所以", "以来", "以后", "以前",
                     "予以", "得以", "难以", "足以", "加以", "用户", "使用者", "利用率", "竞争力", "竞争优势", "竞争格局", "挑战性", "获得感", "投资人", "投资者", "投资机构",
                     "投资回报", "推出时间", "将来", "将近", "即将", "来自于", "开发者", "开发人员", "研发成本", "研发周期", "从而", "用于", "采用率", "用来", "客户端", "在于",
                     "现在", "正在", "存在", "在内", "实在", "训练卡", "训练集", "训练数据", "训练成本", "训练任务", "训练芯片", "训练框架", "推理卡", "研发中心", "研发团队", "研发投入", "研发费用", "研发能力", "研发管理", "开发团队", "开发能力", "开发成本", "customer service", "from scratch", "made up", "built-in",
                 })
        {
            frames.TryAdd(decoy, [new CueFrame(RelationshipType.Develops, CueShape.None)]);
        }

        var trie = new PhraseTrie<IReadOnlyList<CueFrame>>();
        foreach (var (phrase, list) in frames)
        {
            trie.Add(phrase, list);
        }

        foreach (var word in PlainWords.Where(w => !frames.ContainsKey(w)))
        {
            trie.Add(word, PlainWord);
        }

        return trie;
    }
}
