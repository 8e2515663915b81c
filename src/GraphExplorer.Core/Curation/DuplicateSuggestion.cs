using System.Text.Json.Serialization;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Serialization;

namespace GraphExplorer.Core.Curation;

/// <summary>Two entities that may be one, with how sure and why. Accept it with a merge; dismiss it with a <c>dismiss-duplicate</c> decision.</summary>
/// <param name="Entity">The entity that would absorb (the one with more names, then the shorter key).</param>
/// <param name="Name">Its canonical name.</param>
/// <param name="Other">The entity that would be absorbed.</param>
/// <param name="OtherName">Its canonical name.</param>
/// <param name="Score">How likely they are one, 0 to 1.</param>
/// <param name="Reasons">Why, strongest first, e.g. <c>same name apart from spacing and punctuation: 'GPT-4' / 'GPT4'</c>.</param>
public sealed record DuplicateSuggestion(
    [property: JsonPropertyName("entity"), JsonConverter(typeof(EntityKeyJsonConverter))] EntityKey Entity,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("other"), JsonConverter(typeof(EntityKeyJsonConverter))] EntityKey Other,
    [property: JsonPropertyName("otherName")] string OtherName,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("reasons")] IReadOnlyList<string> Reasons);
