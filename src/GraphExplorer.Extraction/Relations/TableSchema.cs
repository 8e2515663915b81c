using GraphExplorer.Core.Entities;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// The roles of a table's columns, read from its header row: which column names developers, investors, investees,
/// items (typed as models or products when the header says so) and the bases items are built on. A table whose header
/// gives no developer with items, nor investors with investees, has no schema and makes no relation.
/// </summary>
/// <param name="Roles">Each column's role, in order.</param>
/// <param name="ItemTypes">
/// Each column's item type (<c>模型</c> → Model, <c>产品</c> → Product; the untyped item columns of a header whose typed
/// ones are all model columns → Model), or <see langword="null"/>.
/// </param>
internal sealed record TableSchema(IReadOnlyList<TableColumnRole> Roles, IReadOnlyList<EntityType?> ItemTypes)
{
    private static readonly string[] InvesteeWords = ["被投", "被收购", "标的", "融资方", "investee", "portfolio", "recipient", "startup", "acquired", "target"];
    private static readonly string[] InvestorWords = ["投资方", "投资人", "投资机构", "领投", "跟投", "出资方", "股东", "收购方", "investor", "backer", "lead", "funder", "acquirer"];
    private static readonly string[] ComputeColumnWords = ["部署云", "算力来源", "推理算力", "训练算力", "算力平台", "云平台", "部署平台", "compute", "cloud", "hosting", "infrastructure"];
    // A hosted-models column is a base column too: a platform is built on the models it hosts (托管的主要模型, Hosted models).
    private static readonly string[] BaseWords =
        ["底座", "基座", "底层", "基础模型", "基于", "基模", "托管", "上架的模型", "可用模型", "所用", "使用的", "采用的", "运行", "搭载", "接入", "依托", "调用",
         "base", "built on", "foundation", "underlying", "powered by", "hosted", "hosts", "uses", "runs on", "running on", "deployed on"];
    private static readonly string[] SupplierWords = ["算力供应", "算力提供", "供应方", "供应商", "supplier", "compute provider"];
    private static readonly string[] CustomerWords = ["客户", "customer", "client"];
    private static readonly string[] DeveloperWords =
        ["公司", "厂商", "企业", "机构", "开发者", "开发商", "开发方", "研发方", "出品方", "运营方", "运营商", "发布方", "发布者", "维护方", "operator", "publisher", "maintainer", "company", "companies", "vendor", "developer", "maker", "organization", "organisation", "lab"];

    private static readonly string[] IgnoredWords =
        ["备注", "说明", "描述", "简介", "用途", "特点", "定位", "场景", "任务", "计费", "收费", "定价", "方式", "task", "pricing", "billing", "轮次", "金额", "估值", "时间", "日期", "年份", "地区", "客户", "价格", "参数", "阶段", "状态", "融资", "规模", "方向",
         "形态", "形式", "类型", "类别", "出货", "销量", "用户", "数量", "营收", "收入", "份额", "许可", "协议", "总部", "城市", "国家", "成立", "创始人", "员工", "人数", "优势", "劣势", "亮点", "进展", "表现", "上下文",
         "note", "description", "use", "round", "amount", "date", "year", "valuation", "region", "customer", "price", "size", "stage", "status", "focus", "market",
         "form factor", "type", "category", "shipment", "units", "users", "revenue", "share", "license", "licence", "headquarter", "country", "city", "founded", "founder",
         "employees", "strength", "weakness", "highlight", "progress", "context", "remark"];

    private static readonly string[] ModelWords = ["模型", "model", "llm"];
    private static readonly string[] ProductWords = ["产品", "应用", "芯片", "平台", "服务", "工具", "product", "app", "chip", "platform", "service", "tool"];

    /// <summary>The column holding developers, or -1.</summary>
    public int Developer => IndexOf(TableColumnRole.Developer);

    /// <summary>The column holding investors, or -1.</summary>
    public int Investor => IndexOf(TableColumnRole.Investor);

    /// <summary>The compute supplier's column (beside a customer column), or −1.</summary>
    public int Supplier => IndexOf(TableColumnRole.Supplier);

    /// <summary>The column holding investees (the developer column when there is none), or -1.</summary>
    public int Investee => IndexOf(TableColumnRole.Investee) is var i and >= 0 ? i : Developer;

    /// <summary>The first column of items, or -1.</summary>
    public int FirstItems => IndexOf(TableColumnRole.Items);

    /// <summary>The role of a column; a cell past the header's last (a row longer than its header) holds items in a developer table.</summary>
    /// <param name="column">The column's index.</param>
    /// <returns>The role.</returns>
    public TableColumnRole RoleAt(int column) =>
        column < Roles.Count ? Roles[column] : Developer >= 0 ? TableColumnRole.Items : TableColumnRole.Ignored;

    /// <summary>The type a column gives its new names, or <see langword="null"/>.</summary>
    /// <param name="column">The column's index.</param>
    /// <returns>The type.</returns>
    public EntityType? TypeAt(int column) => column < ItemTypes.Count ? ItemTypes[column] : null;

    /// <summary>Reads a header row; <see langword="null"/> when it gives the table no relation-bearing shape.</summary>
    /// <param name="headerRow">The header row, cells between <c>|</c>.</param>
    /// <returns>The schema, or <see langword="null"/>.</returns>
    public static TableSchema? FromHeader(string headerRow)
    {
        var cells = TableCells.Split(headerRow);
        if (cells.Count < 2)
        {
            return null;
        }

        var roles = new List<TableColumnRole>(cells.Count);
        var types = new List<EntityType?>(cells.Count);
        var headers = new List<string>(cells.Count);
        foreach (var (start, end) in cells)
        {
            var header = TextGaps.Strip(headerRow.AsSpan(start, end - start));
            var role = RoleOf(header);
            headers.Add(header);
            roles.Add(role);
            types.Add(role == TableColumnRole.Items ? TypeOf(header) : null);
        }

        // A supplier column serves the customer columns beside it (算力供应方 | 客户); with none it names the maker.
        var customers = roles.Contains(TableColumnRole.Supplier) ? headers.FindAll(h => Has(h, CustomerWords)).Count : 0;
        for (var i = 0; i < roles.Count; i++)
        {
            roles[i] = roles[i] switch
            {
                TableColumnRole.Supplier when customers == 0 => TableColumnRole.Developer,
                TableColumnRole.Ignored when customers > 0 && Has(headers[i], CustomerWords) => TableColumnRole.Customer,
                var role => role,
            };
        }

        // A header that types some item columns as models and none as products (大模型 | 文本 | 图像 | 语音) sorts the
        // developer's models into categories: its other item columns hold models too.
        if (types.Contains(EntityType.Model) && !types.Contains(EntityType.Product))
        {
            for (var i = 0; i < types.Count; i++)
            {
                types[i] = roles[i] == TableColumnRole.Items ? EntityType.Model : null;
            }
        }

        var schema = new TableSchema(roles, types);
        var developerWithItems = schema.Developer >= 0 && schema.FirstItems >= 0;
        var investorsWithInvestees = schema.Investor >= 0 && schema.Investee >= 0;
        var suppliersWithCustomers = schema.Supplier >= 0 && schema.IndexOf(TableColumnRole.Customer) >= 0;
        return developerWithItems || investorsWithInvestees || suppliersWithCustomers ? schema : null;
    }

    private int IndexOf(TableColumnRole role)
    {
        for (var i = 0; i < Roles.Count; i++)
        {
            if (Roles[i] == role)
            {
                return i;
            }
        }

        return -1;
    }

    private static TableColumnRole RoleOf(string header) =>
        Has(header, InvesteeWords) ? TableColumnRole.Investee
        : Has(header, InvestorWords) ? TableColumnRole.Investor
        : Has(header, SupplierWords) ? TableColumnRole.Supplier
        : Has(header, ComputeColumnWords) ? TableColumnRole.Compute
        : Has(header, BaseWords) ? TableColumnRole.Base
        : Has(header, DeveloperWords) ? TableColumnRole.Developer
        : Has(header, IgnoredWords) ? TableColumnRole.Ignored
        : TableColumnRole.Items;

    private static EntityType? TypeOf(string header) =>
        Has(header, ModelWords) ? EntityType.Model : Has(header, ProductWords) ? EntityType.Product : null;

    private static bool Has(string header, string[] words) =>
        Array.Exists(words, w => header.Contains(w.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
}
