using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Serialization;

namespace GraphExplorer.Core.Curation;

/// <summary>
/// One analyst's correction of the extracted graph, kept as data next to it and applied on every read
/// (<see cref="CurationOverlay"/>), so it holds however often the documents are ingested again.
/// </summary>
/// <param name="Id">The stable id (<see cref="Create"/> derives it from the content and the time); importing the same id twice changes nothing.</param>
/// <param name="Kind">What the decision does.</param>
/// <param name="Entity">The entity it is about; for a merge the one that absorbs; for an edge its source.</param>
/// <param name="Other">For a merge the entity absorbed; for an edge its target; else <see langword="null"/>.</param>
/// <param name="Type">For an edge decision its relationship type; else <see langword="null"/>.</param>
/// <param name="Value">For a rename the new name, a retype the type's name, an alias decision the alias; else <see langword="null"/>.</param>
/// <param name="Analyst">Who decided.</param>
/// <param name="At">When the decision was made.</param>
/// <param name="Note">Why: a rejection's reason, an added edge's evidence.</param>
public sealed record CurationDecision(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind"), JsonConverter(typeof(CurationKindJsonConverter))] CurationKind Kind,
    [property: JsonPropertyName("entity"), JsonConverter(typeof(EntityKeyJsonConverter))] EntityKey Entity,
    [property: JsonPropertyName("other"), JsonConverter(typeof(EntityKeyJsonConverter))] EntityKey? Other,
    [property: JsonPropertyName("type"), JsonConverter(typeof(RelationshipTypeJsonConverter))] RelationshipType? Type,
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("analyst")] string Analyst,
    [property: JsonPropertyName("at")] DateTimeOffset At,
    [property: JsonPropertyName("note")] string? Note)
{
    /// <summary>The longest analyst name, alias, name or note accepted, in characters.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>The edge an edge decision is about, in canonical orientation; <see langword="null"/> for entity decisions.</summary>
    [JsonIgnore]
    public GraphEdge? Edge => Kind.IsEdgeKind() && Other is { } target && Type is { } type ? CanonicalEdge(Entity, type, target) : null;

    /// <summary>The time as stores keep it: ISO 8601 UTC with seven fraction digits, so text order is time order.</summary>
    /// <param name="at">The time.</param>
    /// <returns>The text, e.g. <c>2026-01-02T03:04:05.0000000Z</c>.</returns>
    public static string TimeText(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The edge (source, type, target) in canonical orientation (a symmetric edge's endpoints in key order).</summary>
    /// <param name="source">The source.</param>
    /// <param name="type">The type.</param>
    /// <param name="target">The target.</param>
    /// <returns>The edge.</returns>
    public static GraphEdge CanonicalEdge(EntityKey source, RelationshipType type, EntityKey target)
    {
        var (first, second) = GraphEdge.Orient(source, type, target);
        return new GraphEdge(first, type, second);
    }

    /// <summary>Creates a decision, deriving its id from its content and time.</summary>
    /// <param name="kind">What it does.</param>
    /// <param name="entity">The entity it is about (an edge's source).</param>
    /// <param name="other">The entity absorbed, or an edge's target.</param>
    /// <param name="type">An edge's type.</param>
    /// <param name="value">The new name, type, or alias.</param>
    /// <param name="analyst">Who decided.</param>
    /// <param name="note">Why.</param>
    /// <param name="at">When.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException">The decision is not well formed (<see cref="Validate"/> says why).</exception>
    public static CurationDecision Create(
        CurationKind kind, EntityKey entity, EntityKey? other, RelationshipType? type, string? value, string analyst, string? note, DateTimeOffset at)
    {
        var content = string.Join(
            '\u001f', kind.ToWireName(), entity.Value, other?.Value, type?.ToWireName(), value, analyst, at.UtcTicks.ToString(CultureInfo.InvariantCulture));
        var id = "c" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..12];
        var decision = new CurationDecision(id, kind, entity, other, type, value?.Trim(), analyst.Trim(), at, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        return decision.Validate() is { } problem ? throw new ArgumentException(problem, nameof(kind)) : decision;
    }

    /// <summary>Checks the fields the kind needs.</summary>
    /// <returns>What is wrong, naming the field, or <see langword="null"/> when the decision is well formed.</returns>
    public string? Validate()
    {
        if (string.IsNullOrWhiteSpace(Id) || Id.Length > 64)
        {
            return "'id' must be 1 to 64 characters.";
        }

        if (!Enum.IsDefined(Kind))
        {
            return "'kind' is not a known curation kind.";
        }

        if (string.IsNullOrWhiteSpace(Entity.Value))
        {
            return "'entity' is required.";
        }

        if (string.IsNullOrWhiteSpace(Analyst) || Analyst.Length > MaxTextLength || (Note?.Length ?? 0) > MaxTextLength || (Value?.Length ?? 0) > MaxTextLength)
        {
            return $"'analyst' is required, and 'analyst', 'value' and 'note' are at most {MaxTextLength} characters.";
        }

        return Kind switch
        {
            CurationKind.Merge when Other is not { Value.Length: > 0 } => "'other' (the entity absorbed) is required for a merge.",
            CurationKind.Merge when Other == Entity => "'other' must differ from 'entity': an entity cannot absorb itself.",
            CurationKind.DismissDuplicate when Other is not { Value.Length: > 0 } || Other == Entity => "'other' (the entity that is not a duplicate of 'entity') is required and must differ from it.",
            CurationKind.Split when string.IsNullOrWhiteSpace(Value) || EntityNames.Normalize(Value).Length == 0 => "'value' (the alias to split off) is required for split.",
            CurationKind.Split when Other != EntityKey.FromName(Value) => $"'other' must be the split alias's key '{EntityKey.FromName(Value).Value}'.",
            CurationKind.Split when Other == Entity => $"'value' '{Value}' is the entity's own name; split off another alias.",
            CurationKind.Rename or CurationKind.AddAlias or CurationKind.RemoveAlias when string.IsNullOrWhiteSpace(Value) =>
                $"'value' (the {(Kind == CurationKind.Rename ? "new name" : "alias")}) is required for {Kind.ToWireName()}.",
            CurationKind.Rename or CurationKind.AddAlias or CurationKind.RemoveAlias when EntityNames.Normalize(Value).Length == 0 =>
                $"'value' '{Value}' has no letters or digits.",
            CurationKind.Retype when !Enum.TryParse<EntityType>(Value, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(Value, out _) =>
                $"'value' must be an entity type ({string.Join(", ", Enum.GetNames<EntityType>())}).",
            _ when Kind.IsEdgeKind() && (Other is not { Value.Length: > 0 } || Type is null) => $"'other' (the target) and 'type' are required for {Kind.ToWireName()}.",
            _ when Kind.IsEdgeKind() && Type is { } type && !Enum.IsDefined(type) => "'type' is not a known relationship type.",
            _ when Kind.IsEdgeKind() && Other == Entity => "'other' must differ from 'entity': an edge joins two entities.",
            CurationKind.RejectEdge when string.IsNullOrWhiteSpace(Note) => "'note' (the reason) is required to reject an edge.",
            CurationKind.AddEdge when string.IsNullOrWhiteSpace(Note) => "'note' (the evidence) is required to add an edge.",
            _ => null,
        };
    }
}
