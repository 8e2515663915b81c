using System.Collections.Frozen;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>
/// Chinese words that bound, mark or rule out names: company suffixes, generic stems before them, function words,
/// verbs that end a subject or start an object, person titles and places. Written from general knowledge of Chinese.
/// </summary>
internal static class ChineseWords
{
    /// <summary>The endings of company and organisation names, longest first (<c>有限公司</c> before <c>公司</c>).</summary>
    public static readonly string[] CompanySuffixes = Longest("""
        股份有限公司 有限责任公司 有限公司 公司 集团 控股 科技 智能 实验室 研究院 研究所 资本 创投 基金 基金会 风投 半导体 微电子 传媒 证券 工作室 数智 数科 机器人 汽车
        芯片 算力 数据 视觉 医疗 生物 唱片 影业 互娱
        """);

    /// <summary>
    /// Short suffixes that are also ordinary nouns: a name ending in one needs at least this many characters before it.
    /// </summary>
    public static readonly FrozenSet<string> WeakSuffixes = Set("""
        智能 科技 控股 传媒 证券 数智 数科 生物 唱片 影业 互娱
        """);

    /// <summary>
    /// Descriptions written right before a company suffix (<c>一家灵巧手初创公司</c>, <c>独角兽企业</c>): the run they end is a
    /// description of a company, not its name.
    /// </summary>
    public static readonly string[] DescriptorEndings = ["初创", "创业", "上市", "独角兽", "头部", "龙头", "明星", "新锐", "老牌"];

    /// <summary>Characters no short name in a list or a cell is made of: function words, measure words, pronouns.</summary>
    public const string FunctionCharacters = "的是了在为与和及将被把从对向于已也都等个款种家些其该此这那";

    /// <summary>Nouns that say what kind of thing the name after them is (<c>其马来语模型椰岚-MS 9B</c>, <c>芯片朴芯P3</c>).</summary>
    public static readonly string[] ClassNouns = ["模型", "芯片", "平台", "应用", "产品", "助手", "系统", "框架", "工具"];

    /// <summary>Endings that make a cue verb's object a description, not a name (<c>推出了内部测试版本</c>, <c>发布了新功能</c>).</summary>
    public static readonly string[] ObjectDescriptorEndings = ["版本", "功能", "方案", "能力", "技术", "服务", "系列", "产品", "业务", "计划", "策略", "体验", "成果"];

    /// <summary>Latin words that, hyphenated onto a Chinese word, describe it rather than version it (<c>文本-2D</c>, <c>第五级-AI</c>).</summary>
    public static readonly FrozenSet<string> DescriptiveLatinParts = Set("AI 2D 3D 4D AIGC Agent GPT LLM");

    /// <summary>Suffixes that are mostly ordinary nouns: the stem before them must be exactly two characters and no common word.</summary>
    public static readonly FrozenSet<string> VeryWeakSuffixes = Set("芯片 算力 数据 视觉 医疗 机器人 汽车");

    /// <summary>Two-character words that, before a very weak suffix, make a description (<c>训练数据</c>, <c>国产芯片</c>).</summary>
    public static readonly FrozenSet<string> CommonStems = Set("""
        训练 推理 用户 医疗 交易 公开 自研 高端 存储 智能 通用 国产 海量 大量 核心 行业 企业 个人 市场 金融 科研 实时 结构 历史 算法 模型 计算 图像 语音
        文本 视频 图片 合成 标注 真实 私有 公共 内部 外部 客户 业务 运营 财务 销售 行为 位置 地理 健康 基因 生物 机器 计算 电脑 手机 汽车 边缘 云端 端侧
        专用 定制 异构 算力 数据 芯片 视觉 人工 客服 陪伴 家用 创作 写作 疗愈 巡检 配送 对话 问答 聊天 服务 工业 人形 扫地 教育 娱乐 协作 物流 仓储 新能源 智能 电动 无人 概念 燃油 量产 充足 更多 足够 强大 庞大 巨大 稀缺 紧张 闲置 剩余 国内 国外 海外 全球 中国 美国 自有 自身 自己 相关 多维 多源
        """);

    /// <summary>Whole words that end in a company suffix yet name no company (<c>人工智能</c>, <c>初创公司</c>).</summary>
    public static readonly FrozenSet<string> GenericNames = Set("""
        人工智能 通用人工智能 通用智能 具身智能 生成式智能 机器智能 群体智能 商业智能 决策智能 认知智能 计算智能 边缘智能 端侧智能 数字智能 感知智能
        智能 公司 集团 科技 技术 实验室 研究院 资本 创投 基金 投资 风投 网络 信息 数据 软件 半导体 芯片 机器人 云 算力 智算 传媒 汽车
        大公司 小公司 新公司 老公司 好公司 母公司 子公司 分公司 总公司 上市公司 初创公司 创业公司 创企 科技公司 互联网公司 软件公司 芯片公司 模型公司
        大模型公司 AI公司 人工智能公司 独角兽公司 头部公司 龙头公司 国内公司 国外公司 海外公司 中国公司 美国公司 西方公司 外国公司 本土公司 全球公司
        投资公司 咨询公司 游戏公司 硬件公司 云公司 服务公司 平台公司 应用公司 创新公司 初创企业 关联公司 合资公司 同类公司 这类公司 此类公司 多家公司
        高科技 黑科技 新科技 前沿科技 金融科技 生物科技 医疗科技 教育科技 科学技术 信息技术 核心技术 关键技术 底层技术 前沿技术 新技术 大数据 数据
        风险投资 天使投资 战略投资 股权投资 产业投资 早期投资 对外投资 私募基金 产业基金 政府基金 风投资本 风险资本 社会资本 国有资本 产业资本
        智能体 智能化 智能手机 智能汽车 智能硬件 智能客服 智能助手 智能驾驶 智能制造 智能家居 智能终端 智能音箱 智能搜索 智能写作 智能创作 智能设计
        云计算 公有云 私有云 混合云 算力网络 神经网络 互联网 物联网 工业互联网 移动互联网 社交网络 生成式人工智能 国家实验室 重点实验室 联合实验室
        自动驾驶汽车 新能源汽车 电动汽车 人形机器人 服务机器人 工业机器人 聊天机器人 扫地机器人 国产芯片 AI芯片 高端芯片 存储芯片
        商家 商户 卖家 买家 客户 用户 开发者 厂商 企业 机构 车企 运营商 政企 中小企业
        自建机房 自建 机房 自有机房 自建集群 自有集群 本地部署 私有化部署 公有云部署
        向量数据库 向量库 数据库 知识库 检索增强生成 大语言模型 语言模型 多模态 多模态模型 推理引擎 推理框架 训练框架 操作系统 开源模型 闭源模型
        """);

    /// <summary>Stems that, before a company suffix, make a description rather than a name (<c>初创</c>公司, <c>国内</c>科技).</summary>
    public static readonly FrozenSet<string> GenericStems = Set("""
        大 小 新 老 好 母 子 分 总 该 此 这 那 本 各 某 每 其 多 几 两 一 上市 初创 创业 科技 互联网 软件 硬件 芯片 模型 大模型 人工智能 头部
        龙头 国内 国外 海外 中国 美国 西方 外国 本土 全球 独角兽 投资 咨询 游戏 云 服务 平台 应用 创新 关联 合资 同类 这类 此类 多家 几家 一家
        这家 那家 该家 国产 高端 前沿 金融 生物 医疗 教育 核心 关键 底层 数据 信息 产业 政府 私募 天使 风险 战略 股权 早期 社会 国有 通用
        具身 生成式 机器 群体 商业 决策 认知 计算 边缘 端侧 数字 感知 自动驾驶 新能源 电动 人形 工业 聊天 扫地 存储 重点 联合 国家 顶尖
        陪伴 写作 编程 搜索 办公 社交 聊天 翻译 绘画 设计 学习 教育 法律 音乐 视频 图像 语音 代表 典型 专属 设备 系统 行业 垂直 细分 业内 公开 上游 下游 中游 我国 各国 两家 三家 多个 一种 一类 这种 那种 某种 非常 比较 越来越 更加 十分 相当 足够 高度 完全 真正 全面 人 工 式 化 性 级 型 类 端 侧 级别 方面 领域 行业 赛道
        中小 中小型 知名 著名 领先 主流 传统 大型 中型 小型 全部 所有 不同 相关 其他 其它 更多 许多 很多 部分 少数 一些 那些 这些 各大 主要 优秀 出色
        语音交互 交互 车端 云端 手机端 前端 后端 服务端 推理服务 训练任务 角色语音 直播画面
        """);

    /// <summary>
    /// Single characters no name is built from at its edges: particles, pronouns, measure words and conjunctions
    /// (a name's left boundary stops before them).
    /// </summary>
    public static readonly FrozenSet<char> BoundaryChars =
        "的了是在和与及或等被把对向从于为将并而其该这那我你他她它们很更最已会能要也都还又就才不没个款家种些仍却因但若则且让给由用以所如即有"
            .ToFrozenSet();

    /// <summary>
    /// Words that end a subject or start an object: cue verbs and speech verbs (<c>谷歌投资了星河智能</c>: 投资 bounds both
    /// names). Longest first.
    /// </summary>
    public static readonly string[] BoundaryWords = Longest("""
        投资了 投资 领投 参投 跟投 注资 入股 收购了 收购 并购 控股 持股 推出了 推出 发布了 发布 开发了 开发 研发了 研发 打造了 打造 上线了 上线
        开源了 开源 提出了 提出 训练了 训练 部署了 部署 使用了 使用 采用了 采用 基于 接入了 接入 接了 集成了 集成 调用 依托 借助 利用 支持
        提供了 提供 供应 竞争 对标 抗衡 超越 挑战 合作 联合 携手 获得了 获得 完成了 完成 宣布 表示 认为 指出 称 透露 介绍 说 也 都 还 已经 已
        刚刚 最近 近日 日前 此前 随后 先后 陆续 相继 正式 首次 率先 再次 曾经 当天 今天 昨天 这几天 几天 本周 上周 本月 上月 团队 官方 我们 他们
        用户 开发者 厂商 企业 自主 可视化 共同 分别 独家 一起 一同 各自 率先 据报道 报道 据悉 消息 显示 根据 正在 曾 将 会 可以 能够 旗下 背靠 来自 出自 推动 加入 成为 作为 包括 例如 比如 如 以及 还有 其中 此外 同时 目前 近期 近日 今年 去年 相比 相较 相比于 相较于 对比 不同于 区别于 不像 类似
        战略投资 战略 二者 两者 前者 后者 三者 双方 租用 租用了 采购 采购了 购买 购买了 搭载 搭载了 运行 跑在 调用 调用了 蒸馏 微调 交付 交付了 供货 签约 洽谈
        代工 恢复 量产 出货 停产 断供 自研 自研的 成立于 成立 创立于 创立 创办于 创办 总部位于 总部设在 总部 位于 坐落于 致力于 专注于 专注 聚焦于 聚焦 深耕 主打 估值 市值 营收
        """);

    /// <summary><see cref="BoundaryWords"/> as a set, for whole-word tests.</summary>
    public static readonly FrozenSet<string> BoundaryWordSet = BoundaryWords.ToFrozenSet(StringComparer.Ordinal);

    /// <summary><see cref="BoundaryWords"/> by their first character, longest first: a position is checked against a handful, not all.</summary>
    public static readonly FrozenDictionary<char, string[]> BoundaryWordsByFirst =
        BoundaryWords.GroupBy(w => w[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary><see cref="BoundaryWords"/> by their last character, longest first.</summary>
    public static readonly FrozenDictionary<char, string[]> BoundaryWordsByLast =
        BoundaryWords.GroupBy(w => w[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>Titles after which a name is a person (<c>创始人张三</c>, <c>CEO 王五</c>).</summary>
    public static readonly string[] PersonTitles = Longest("""
        创始人 联合创始人 创办人 董事长 总裁 首席执行官 首席技术官 首席科学家 首席 总经理 副总裁 合伙人 负责人 科学家 教授 博士 研究员 工程师 院士 主任
        院长 校长 CEO CTO CFO COO 老板 掌门人 投资人 天使投资人 分析师 作者 记者 先生 女士
        """);

    /// <summary>Places, which are not players on their own (they may start a company name: <c>北京</c>智源).</summary>
    public static readonly FrozenSet<string> Places = Set("""
        中国 美国 日本 韩国 英国 法国 德国 印度 欧洲 亚洲 北美 欧美 海外 国内 国外 全球 世界 硅谷 北京 上海 深圳 杭州 广州 南京 苏州 成都 武汉
        西安 天津 重庆 合肥 香港 台湾 新加坡 以色列 加拿大 澳大利亚 俄罗斯 中东 阿联酋 沙特 迪拜 东京 伦敦 巴黎 纽约 旧金山 西雅图 波士顿 湾区 中关村
        马来西亚 印度尼西亚 印尼 泰国 越南 菲律宾 沙特阿拉伯 卡塔尔 土耳其 巴西 墨西哥 荷兰 瑞典 瑞士 意大利 西班牙 芬兰 挪威 丹麦 波兰 爱尔兰 欧盟 东南亚 海湾 本国 各国 全国
        """);

    /// <summary>Common Chinese surnames: a two- or three-character name after a title or before a speech verb is a person.</summary>
    public static readonly FrozenSet<char> Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            .ToFrozenSet();

    /// <summary>Whether a set of words holds a span's text, without allocating a string for it.</summary>
    public static bool ContainsSpan(this FrozenSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static FrozenSet<string> Set(string words) =>
        words.Split((char[])[' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static string[] Longest(string words) =>
        [.. words.Split((char[])[' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct().OrderByDescending(w => w.Length)];
}
