namespace GraphExplorer.Core.Entities;

/// <summary>A player in the market: a company, a model or a product.</summary>
/// <param name="Key">The stable key.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Type">What kind of player it is.</param>
/// <param name="Aliases">Every surface form seen for it, the canonical name included (e.g. 英伟达, Nvidia, NVIDIA).</param>
/// <param name="Layer">The market layer a document's structure puts it in (e.g. 基础层), if any.</param>
/// <param name="Category">The category a document's structure puts it in (e.g. 云计算巨头), if any.</param>
public sealed record Entity(
    EntityKey Key,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    string? Layer = null,
    string? Category = null);
