using System.Runtime.CompilerServices;
using System.Text.Json;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Relationships;

/// <summary>
/// Reads edges a whole frontier at a time: the keys and types travel as two JSON array parameters
/// (<c>json_each</c>), so one query serves any frontier size without SQLite's parameter limit.
/// </summary>
internal static class EdgeReader
{
    private const string Outgoing =
        """
        SELECT e.source, e.type, e.target
        FROM json_each($keys) AS k CROSS JOIN edges AS e ON e.source = k.value
        WHERE e.type IN (SELECT value FROM json_each($types))
        """;

    private const string Incoming =
        """
        SELECT e.source, e.type, e.target
        FROM json_each($keys) AS k CROSS JOIN edges AS e ON e.target = k.value
        WHERE e.type IN (SELECT value FROM json_each($types))
        """;

    private const string EvidenceColumns = "e.source, e.type, e.target, v.document, v.line, v.quote, v.basis, v.model";

    /// <summary>The edges touching any of <paramref name="keys"/> in <paramref name="direction"/>, without duplicates.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The read transaction to run in, if any (a snapshot's).</param>
    /// <param name="keys">The frontier.</param>
    /// <param name="direction">Which side of the edge the frontier is on.</param>
    /// <param name="types">The relationship types to include.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The edges.</returns>
    public static async Task<IReadOnlyList<GraphEdge>> GetAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        IReadOnlyCollection<EntityKey> keys,
        EdgeDirection direction,
        IReadOnlyCollection<RelationshipType> types,
        CancellationToken cancellationToken)
    {
        var sql = direction switch
        {
            EdgeDirection.Outgoing => Outgoing,
            EdgeDirection.Incoming => Incoming,
            EdgeDirection.Both => $"{Outgoing} UNION {Incoming}",
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown edge direction."),
        };
        await using var command = connection.Command(
            transaction,
            sql,
            ("$keys", JsonSerializer.Serialize(keys.Select(k => k.Value))),
            ("$types", TypesJson(types)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var edges = new List<GraphEdge>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            edges.Add(ReadEdge(reader));
        }

        return edges;
    }

    /// <summary>Gets the given edges with their evidence.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The read transaction to run in, if any (a snapshot's).</param>
    /// <param name="edges">The edges; symmetric ones in either orientation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The edges that exist, ordered by source, type, target, each with evidence ordered by document then line.</returns>
    public static async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyCollection<GraphEdge> edges, CancellationToken cancellationToken)
    {
        var triples = edges
            .Select(Canonical)
            .Distinct()
            .Select(e => new[] { e.Source.Value, e.Type.ToWireName(), e.Target.Value })
            .ToArray();
        await using var command = connection.Command(
            transaction,
            $"""
            SELECT {EvidenceColumns}
            FROM json_each($edges) AS j
            CROSS JOIN edges AS e
                ON e.source = json_extract(j.value, '$[0]') AND e.type = json_extract(j.value, '$[1]') AND e.target = json_extract(j.value, '$[2]')
            JOIN evidence AS v ON v.edge_id = e.id
            ORDER BY e.source, e.type, e.target, v.document, v.line, v.quote, v.basis;
            """,
            ("$edges", JsonSerializer.Serialize(triples)));
        var relationships = new List<Relationship>();
        await foreach (var relationship in GroupAsync(command, cancellationToken).ConfigureAwait(false))
        {
            relationships.Add(relationship);
        }

        return relationships;
    }

    /// <summary>Streams every edge of the given types, without evidence.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The read transaction to run in, if any (a snapshot's).</param>
    /// <param name="types">The relationship types to include.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The edges.</returns>
    public static async IAsyncEnumerable<GraphEdge> ReadAllAsync(
        SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyCollection<RelationshipType> types, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            "SELECT e.source, e.type, e.target FROM edges AS e WHERE e.type IN (SELECT value FROM json_each($types));",
            ("$types", TypesJson(types)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return ReadEdge(reader);
        }
    }

    /// <summary>Streams every edge with its evidence, ordered by source, type, target.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The read transaction to run in, if any (a snapshot's).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The relationships.</returns>
    public static async IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            $"""
            SELECT {EvidenceColumns}
            FROM edges AS e JOIN evidence AS v ON v.edge_id = e.id
            ORDER BY e.source, e.type, e.target, v.document, v.line, v.quote, v.basis;
            """);
        await foreach (var relationship in GroupAsync(command, cancellationToken).ConfigureAwait(false))
        {
            yield return relationship;
        }
    }

    /// <summary>Parses a stored relationship type.</summary>
    /// <param name="wireName">The stored wire name.</param>
    /// <returns>The type.</returns>
    /// <exception cref="InvalidDataException">The store holds a type this build does not know.</exception>
    public static RelationshipType ParseType(string wireName) =>
        RelationshipTypes.TryParse(wireName, out var type)
            ? type
            : throw new InvalidDataException($"The graph store holds an unknown relationship type '{wireName}'.");

    private static GraphEdge Canonical(GraphEdge edge)
    {
        var (source, target) = GraphEdge.Orient(edge.Source, edge.Type, edge.Target);
        return new GraphEdge(source, edge.Type, target);
    }

    private static string TypesJson(IReadOnlyCollection<RelationshipType> types) =>
        JsonSerializer.Serialize(types.Distinct().Select(t => t.ToWireName()));

    /// <summary>Reads evidence from the columns document, line, quote, basis, model starting at <paramref name="first"/>.</summary>
    /// <param name="reader">The reader on a row.</param>
    /// <param name="first">The document column's ordinal.</param>
    /// <returns>The evidence, its source taken from the document key.</returns>
    public static Evidence ReadEvidence(SqliteDataReader reader, int first)
    {
        var document = DocumentKey.Parse(reader.GetString(first));
        return new Evidence(
            document.Path,
            reader.GetInt32(first + 1),
            reader.GetString(first + 2),
            Enum.Parse<EvidenceBasis>(reader.GetString(first + 3)),
            document.Source,
            Model: reader.IsDBNull(first + 4) ? null : reader.GetString(first + 4));
    }

    private static GraphEdge ReadEdge(SqliteDataReader reader) =>
        new(new EntityKey(reader.GetString(0)), ParseType(reader.GetString(1)), new EntityKey(reader.GetString(2)));

    /// <summary>Groups rows of <see cref="EvidenceColumns"/>, ordered by edge, into relationships.</summary>
    private static async IAsyncEnumerable<Relationship> GroupAsync(
        SqliteCommand command, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        GraphEdge? current = null;
        var evidence = new List<Evidence>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var edge = ReadEdge(reader);
            if (edge != current)
            {
                if (current is { } done)
                {
                    yield return new Relationship(done.Source, done.Type, done.Target, evidence);
                }

                current = edge;
                evidence = [];
            }

            var document = DocumentKey.Parse(reader.GetString(3));
            evidence.Add(ReadEvidence(reader, 3));
        }

        if (current is { } last)
        {
            yield return new Relationship(last.Source, last.Type, last.Target, evidence);
        }
    }
}
