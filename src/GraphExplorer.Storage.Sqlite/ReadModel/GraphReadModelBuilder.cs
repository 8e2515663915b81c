using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Storage.Sqlite.Relationships;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.ReadModel;

/// <summary>Reads a <see cref="GraphReadModel"/> out of the store, inside the caller's read transaction (so at one version).</summary>
internal static class GraphReadModelBuilder
{
    /// <summary>Builds the model from what <paramref name="transaction"/> sees.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">A read transaction: every query sees the same committed state.</param>
    /// <param name="version">The store version that state has.</param>
    /// <param name="cancellationToken">Cancels the build.</param>
    /// <returns>The model.</returns>
    /// <remarks>While decisions are stored, the model shows the curated graph (<see cref="CuratedReadModelBuilder"/>).</remarks>
    public static async Task<GraphReadModel> BuildAsync(
        SqliteConnection connection, SqliteTransaction transaction, long version, CancellationToken cancellationToken)
    {
        long curation;
        await using (var command = connection.Command(transaction, "SELECT count(*) FROM curation_decisions;"))
        {
            curation = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (curation > 0)
        {
            return await CuratedReadModelBuilder.BuildAsync(connection, transaction, version, cancellationToken).ConfigureAwait(false);
        }

        var entities = new List<(string Key, string Name, EntityType Type)>();
        await using (var command = connection.Command(transaction, "SELECT key, name, type FROM entities;"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entities.Add((reader.GetString(0), reader.GetString(1), Enum.Parse<EntityType>(reader.GetString(2))));
            }
        }

        entities.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var keys = new EntityKey[entities.Count];
        var names = new string[entities.Count];
        var types = new EntityType[entities.Count];
        var byKey = new Dictionary<string, int>(entities.Count, StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            (keys[i], names[i], types[i]) = (new EntityKey(entities[i].Key), entities[i].Name, entities[i].Type);
            byKey[entities[i].Key] = i;
        }

        // The alias index keeps the smallest key per normalised alias, as the SQL look-up does.
        var byAlias = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var command = connection.Command(transaction, "SELECT entity_key, normalized FROM entity_aliases;"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (byKey.TryGetValue(reader.GetString(0), out var node))
                {
                    var normalized = reader.GetString(1);
                    byAlias[normalized] = byAlias.TryGetValue(normalized, out var known) ? Math.Min(known, node) : node;
                }
            }
        }

        var edges = await ReadEdgesAsync(connection, transaction, byKey, cancellationToken).ConfigureAwait(false);
        return Assemble(version, keys, names, types, byAlias, edges);
    }

    /// <summary>The model of numbered entities and their edges: each type's adjacency rows in both directions.</summary>
    /// <param name="version">The store version.</param>
    /// <param name="keys">Entity keys by number, in ordinal order.</param>
    /// <param name="names">Names by number.</param>
    /// <param name="types">Types by number.</param>
    /// <param name="byAlias">The alias index.</param>
    /// <param name="edges">The edges between numbered entities, without duplicates.</param>
    /// <param name="overlay">The decisions the model shows applied, if any.</param>
    /// <returns>The model.</returns>
    public static GraphReadModel Assemble(
        long version, EntityKey[] keys, string[] names, EntityType[] types, Dictionary<string, int> byAlias, EdgeList edges, CurationOverlay? overlay = null)
    {
        var outgoing = new Adjacency[RelationshipTypes.All.Count];
        var incoming = new Adjacency[RelationshipTypes.All.Count];
        foreach (var type in RelationshipTypes.All)
        {
            var (from, to, indexes, count) = Select(edges, type);
            outgoing[(int)type] = Adjacency.Build(keys.Length, from, to, indexes, count);
            incoming[(int)type] = Adjacency.Build(keys.Length, to, from, indexes, count);
        }

        return new GraphReadModel(version, keys, names, types, byAlias, outgoing, incoming, edges) { Overlay = overlay };
    }

    private static async Task<EdgeList> ReadEdgesAsync(
        SqliteConnection connection, SqliteTransaction transaction, Dictionary<string, int> byKey, CancellationToken cancellationToken)
    {
        var count = 0;
        await using (var command = connection.Command(transaction, "SELECT count(*) FROM edges;"))
        {
            count = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        var ids = new long[count];
        var sources = new int[count];
        var types = new RelationshipType[count];
        var targets = new int[count];
        var read = 0;
        var typeNames = new Dictionary<string, RelationshipType>(StringComparer.Ordinal);
        await using (var command = connection.Command(transaction, "SELECT source, type, target, id FROM edges ORDER BY id;"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (read < count && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var typeName = reader.GetString(1);
                if (!typeNames.TryGetValue(typeName, out var type))
                {
                    typeNames[typeName] = type = EdgeReader.ParseType(typeName);
                }

                // Foreign keys hold every endpoint in entities; an unknown one would be a corrupt file.
                if (byKey.TryGetValue(reader.GetString(0), out var source) && byKey.TryGetValue(reader.GetString(2), out var target))
                {
                    (ids[read], sources[read], types[read], targets[read]) = (reader.GetInt64(3), source, type, target);
                    read++;
                }
            }
        }

        return new EdgeList(ids, sources, types, targets, read);
    }

    private static (int[] From, int[] To, int[] Indexes, int Count) Select(EdgeList edges, RelationshipType type)
    {
        var count = 0;
        for (var i = 0; i < edges.Count; i++)
        {
            count += edges.Types[i] == type ? 1 : 0;
        }

        var from = new int[count];
        var to = new int[count];
        var indexes = new int[count];
        var next = 0;
        for (var i = 0; i < edges.Count; i++)
        {
            if (edges.Types[i] == type)
            {
                (from[next], to[next], indexes[next]) = (edges.Sources[i], edges.Targets[i], i);
                next++;
            }
        }

        return (from, to, indexes, count);
    }
}
