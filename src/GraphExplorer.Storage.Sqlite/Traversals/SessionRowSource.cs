using System.Globalization;
using System.Text;
using GraphExplorer.Storage.Sqlite.Relationships;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Sqlite.ReadModel;

namespace GraphExplorer.Storage.Sqlite.Traversals;

/// <summary>Explains rows from a <see cref="ReadSession"/>: names from the model, evidence from SQLite in one query, in the same transaction.</summary>
/// <param name="session">The reader's session.</param>
internal sealed class SessionRowSource(ReadSession session) : ITraversalRowSource
{
    // The IN list is searched in the evidence index (edge_id, document, line, quote), so rows come in that order without a sort.
    private const string EvidenceSql =
        """
        SELECT v.edge_id, v.document, v.line, v.quote, v.basis, v.model
        FROM evidence AS v
        WHERE v.edge_id IN (SELECT value FROM json_each($ids))
        ORDER BY v.edge_id, v.document, v.line, v.quote, v.basis;
        """;

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
        // The model knows each edge's row id, so evidence is read straight from its key's index (edge_id, document, line, quote, basis).
        var model = session.Model;
        var byId = new Dictionary<long, GraphEdge>(edges.Count);
        var ids = new StringBuilder("[");
        foreach (var edge in edges)
        {
            var (source, target) = GraphEdge.Orient(edge.Source, edge.Type, edge.Target);
            if (model.TryGetNode(source, out var from) && model.TryGetNode(target, out var to)
                && model.Rows(edge.Type, outgoing: true).EdgeIndexOf(from, to) is var index and >= 0
                && byId.TryAdd(model.Edges.Ids[index], new GraphEdge(model.Keys[from], edge.Type, model.Keys[to])))
            {
                ids.Append(byId.Count == 1 ? string.Empty : ",").Append(model.Edges.Ids[index].ToString(CultureInfo.InvariantCulture));
            }
        }

        if (byId.Count == 0)
        {
            return [];
        }

        // Per edge: the items numbered offset+1 .. offset+limit and the total; the rows outside the window are counted, not read.
        var command = session.Prepared(EvidenceSql, "$ids");
        command.Set("$ids", ids.Append(']').ToString());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<EdgeEvidence>(byId.Count);
        var current = -1L;
        var items = new List<Evidence>();
        var total = 0;
        var last = (long)window.Offset + window.Limit;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetInt64(0);
            if (id != current)
            {
                if (current >= 0)
                {
                    found.Add(new EdgeEvidence(byId[current], items, total));
                }

                (current, items, total) = (id, [], 0);
            }

            total++;
            if (total > window.Offset && total <= last)
            {
                items.Add(EdgeReader.ReadEvidence(reader, 1));
            }
        }

        if (current >= 0)
        {
            found.Add(new EdgeEvidence(byId[current], items, total));
        }

        return found;
    }
}
