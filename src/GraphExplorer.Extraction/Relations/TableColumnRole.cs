namespace GraphExplorer.Extraction.Relations;

/// <summary>What a table column holds, read from its header cell.</summary>
internal enum TableColumnRole
{
    /// <summary>Models or products (<c>产品</c>, <c>模型</c>, <c>Products</c>), or a category column of a developer table (<c>文本</c>, <c>图像</c>).</summary>
    Items,

    /// <summary>The developing company (<c>公司</c>, <c>开发方</c>, <c>Company</c>, <c>Developer</c>).</summary>
    Developer,

    /// <summary>Investors (<c>投资方</c>, <c>领投</c>, <c>Investor</c>).</summary>
    Investor,

    /// <summary>Who received the investment (<c>被投公司</c>, <c>Investee</c>, <c>Portfolio company</c>).</summary>
    Investee,

    /// <summary>The model or platform the row's item is built on (<c>底座</c>, <c>底层模型</c>, <c>Base model</c>).</summary>
    Base,

    /// <summary>Notes, amounts, rounds, dates, uses: read for no relation.</summary>
    Ignored,

    /// <summary>Who supplies compute to the row's customers (<c>算力供应方</c>, <c>Compute provider</c>); a developer when no customer column exists.</summary>
    Supplier,

    /// <summary>Who the row's supplier serves (<c>客户</c>, <c>Customer</c>), only beside a supplier column.</summary>
    Customer,

    /// <summary>
    /// Where the row's item runs (<c>部署云</c>, <c>推理算力来源</c>, <c>Cloud</c>): a company there supplies compute to the
    /// row's developer, a cloud product is what the item is built on.
    /// </summary>
    Compute,
}
