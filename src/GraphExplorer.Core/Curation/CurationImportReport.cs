using System.Text.Json.Serialization;

namespace GraphExplorer.Core.Curation;

/// <summary>What importing a JSON Lines file of decisions did.</summary>
/// <param name="Added">Decisions stored by this import.</param>
/// <param name="Unchanged">Decisions whose id was stored already (importing twice changes nothing).</param>
/// <param name="Unresolved">Stored decisions that do not apply now, with why (kept, not dropped).</param>
/// <param name="Rejected">Lines that are not decisions, as <c>line N: why</c>; nothing of them is stored.</param>
public sealed record CurationImportReport(
    [property: JsonPropertyName("added")] int Added,
    [property: JsonPropertyName("unchanged")] int Unchanged,
    [property: JsonPropertyName("unresolved")] IReadOnlyList<CurationEntry> Unresolved,
    [property: JsonPropertyName("rejected")] IReadOnlyList<string> Rejected);
