using System.Text.Json;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Sqlite.ReadModel;
using GraphExplorer.Storage.Sqlite.Relationships;

namespace GraphExplorer.Storage.Sqlite.Traversals;

/// <summary>Explains rows from a <see cref="ReadSession"/>: names from the model, evidence from SQLite in one query, in the same transaction.</summary>
/// <param name="session">The reader's session.</param>
internal sealed class SessionRowSource(ReadSession session) : ITraversalRowSource
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<EntityKey, Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityKey> keys, CancellationToken cancellationToken)
    {
        var entities = new Dictionary<EntityKey, Entity>(keys.Count);
        foreach (var key in keys)
        {
            if (session.Model.TryGetNode(key, out var node))
            {
                entities[key] = session.Model.EntityOf(node);
            }
        }

        return Task.FromResult<IReadOnlyDictionary<EntityKey, Entity>>(entities);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EdgeEvidence>> GetEvidenceAsync(
        IReadOnlyCollection<GraphEdge> edges, EvidenceWindow window, CancellationToken cancellationToken)
    {
        var triples = edges
            .Select(e => GraphEdge.Orient(e.Source, e.Type, e.Target) is var (s, t) ? new[] { s.Value, e.Type.ToWireName(), t.Value } : [])
            .Distinct(TripleComparer.Instance)
            .ToArray();

        // Per edge: the items numbered offset+1 .. offset+limit, and the first one always, so an edge paged past its end still reports its total.
        await using var command = session.Connection.Command(
            session.Transaction,
            """
            SELECT source, type, target, document, line, quote, basis, model, n, total FROM (
                SELECT e.source, e.type, e.target, v.document, v.line, v.quote, v.basis, v.model,
                       row_number() OVER (PARTITION BY e.id ORDER BY v.document, v.line, v.quote, v.basis) AS n,
                       count(*) OVER (PARTITION BY e.id) AS total
                FROM json_each($edges) AS j
                CROSS JOIN edges AS e
                    ON e.source = json_extract(j.value, '$[0]') AND e.type = json_extract(j.value, '$[1]') AND e.target = json_extract(j.value, '$[2]')
                JOIN evidence AS v ON v.edge_id = e.id)
            WHERE n = 1 OR (n > $offset AND n <= $offset + $limit)
            ORDER BY source, type, target, n;
            """,
            ("$edges", JsonSerializer.Serialize(triples)),
            ("$offset", window.Offset),
            ("$limit", window.Limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<EdgeEvidence>();
        GraphEdge? current = null;
        var items = new List<Evidence>();
        var total = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var edge = new GraphEdge(new EntityKey(reader.GetString(0)), EdgeReader.ParseType(reader.GetString(1)), new EntityKey(reader.GetString(2)));
            if (edge != current)
            {
                if (current is { } done)
                {
                    found.Add(new EdgeEvidence(done, items, total));
                }

                (current, items, total) = (edge, [], reader.GetInt32(9));
            }

            if (reader.GetInt64(8) > window.Offset)
            {
                items.Add(EdgeReader.ReadEvidence(reader, 3));
            }
        }

        if (current is { } last)
        {
            found.Add(new EdgeEvidence(last, items, total));
        }

        return found;
    }

    private sealed class TripleComparer : IEqualityComparer<string[]>
    {
        public static readonly TripleComparer Instance = new();

        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);

        public int GetHashCode(string[] obj) => HashCode.Combine(obj[0], obj[1], obj[2]);
    }
}
