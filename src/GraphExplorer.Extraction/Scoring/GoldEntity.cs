using System.Text.Json.Serialization;
using GraphExplorer.Core.Entities;

namespace GraphExplorer.Extraction.Scoring;

/// <summary>One entity an analyst recorded: a line of <c>gold/entities.jsonl</c>.</summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Type">What kind of player it is.</param>
/// <param name="Aliases">Every surface form seen in the text.</param>
public sealed record GoldEntity(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] EntityType Type,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string> Aliases);
