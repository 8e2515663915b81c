using System.Globalization;
using System.Text.Json;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Storage.Neo4j.Cypher;
using GraphExplorer.Storage.Neo4j.Queries;

namespace GraphExplorer.Storage.Neo4j;

/// <content>The analysts' decisions as (:CurationDecision) nodes, apart from the extracted graph; <see cref="CuratedGraphStore"/> applies them on reads.</content>
public sealed partial class Neo4jGraphStore : ICurationStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<CurationDecision>> GetCurationAsync(CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(CypherStatement.GetCuration, [], cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(ToDecision)];
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The decision is not well formed; the message names the field.</exception>
    public async Task<bool> AddCurationAsync(CurationDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(decision));
        }

        var result = await RunAsync(
            CypherStatement.AddCuration,
            new()
            {
                ["id"] = decision.Id,
                ["kind"] = decision.Kind.ToWireName(),
                ["entity"] = decision.Entity.Value,
                ["other"] = decision.Other?.Value,
                ["type"] = decision.Type?.ToWireName(),
                ["value"] = decision.Value,
                ["analyst"] = decision.Analyst,
                ["at"] = CurationDecision.TimeText(decision.At),
                ["note"] = decision.Note,
            },
            cancellationToken).ConfigureAwait(false);
        return result.Records.Count > 0 && result.Records[0]["added"].GetInt32() > 0;
    }

    /// <inheritdoc />
    public async Task<bool> RemoveCurationAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var result = await RunAsync(CypherStatement.RemoveCuration, new() { ["id"] = id }, cancellationToken).ConfigureAwait(false);
        return result.Records.Count > 0 && result.Records[0]["removed"].GetInt32() > 0;
    }

    private static CurationDecision ToDecision(Neo4jRecord record)
    {
        var kind = record["kind"].GetString();
        var type = Text(record, "type");
        return new CurationDecision(
            record["id"].GetString() ?? string.Empty,
            CurationKinds.TryParse(kind, out var parsed) ? parsed : throw new InvalidDataException($"Unknown curation kind '{kind}' in Neo4j."),
            new EntityKey(record["entity"].GetString() ?? string.Empty),
            Text(record, "other") is { } other ? new EntityKey(other) : null,
            type is null ? null : RelationshipTypes.TryParse(type, out var relationshipType) ? relationshipType : throw new InvalidDataException($"Unknown relationship type '{type}' in Neo4j."),
            Text(record, "value"),
            record["analyst"].GetString() ?? string.Empty,
            DateTimeOffset.Parse(record["at"].GetString() ?? string.Empty, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            Text(record, "note"));
    }

    private static string? Text(Neo4jRecord record, string field) =>
        record[field].ValueKind == JsonValueKind.String ? record[field].GetString() : null;
}
