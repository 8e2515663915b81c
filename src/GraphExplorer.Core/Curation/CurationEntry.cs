using System.Text.Json.Serialization;

namespace GraphExplorer.Core.Curation;

/// <summary>A stored decision and whether it applies now.</summary>
/// <param name="Decision">The decision.</param>
/// <param name="Problem">Why it does not apply now (e.g. its entity is gone), or <see langword="null"/> when it does.</param>
public sealed record CurationEntry(
    [property: JsonPropertyName("decision")] CurationDecision Decision,
    [property: JsonPropertyName("problem")] string? Problem)
{
    /// <summary>Whether the decision applies to the graph now.</summary>
    [JsonPropertyName("applied")]
    public bool Applied => Problem is null;
}
