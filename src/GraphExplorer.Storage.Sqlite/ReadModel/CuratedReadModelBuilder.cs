using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.ReadModel;

/// <summary>
/// Reads the curated graph into a <see cref="GraphReadModel"/>, inside the caller's read transaction: the decisions are
/// resolved once (<see cref="CurationOverlay"/>, over a <see cref="SnapshotGraphStore"/> of that transaction), the
/// entities are the extracted ones not merged away plus those splits made, under their curated names and types, and
/// the edges are exactly what <see cref="CuratedGraphStore.ReadAllEdgesAsync"/> streams (merged endpoints, rejected
/// edges gone, split evidence routed, added edges in), in its order, so walks and rankings over the model count what
/// the generic engine over the curated store counts.
/// </summary>
internal static class CuratedReadModelBuilder
{
    /// <summary>Builds the curated model from what <paramref name="transaction"/> sees.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">A read transaction: every query sees the same committed state.</param>
    /// <param name="version">The store version that state has.</param>
    /// <param name="cancellationToken">Cancels the build.</param>
    /// <returns>The model, with its <see cref="GraphReadModel.Overlay"/>.</returns>
    public static async Task<GraphReadModel> BuildAsync(
        SqliteConnection connection, SqliteTransaction transaction, long version, CancellationToken cancellationToken)
    {
        var snapshot = new SnapshotGraphStore(connection, transaction);
        var overlay = await new CuratedGraphStore(snapshot, snapshot).GetOverlayAsync(cancellationToken).ConfigureAwait(false);
        var curated = new CuratedGraphStore(snapshot, snapshot, overlay);

        var entities = await ReadEntitiesAsync(connection, transaction, overlay, cancellationToken).ConfigureAwait(false);
        var keys = new EntityKey[entities.Count];
        var names = new string[entities.Count];
        var types = new EntityType[entities.Count];
        var byKey = new Dictionary<EntityKey, int>(entities.Count);
        for (var i = 0; i < entities.Count; i++)
        {
            (keys[i], names[i], types[i]) = entities[i];
            byKey[keys[i]] = i;
        }

        var sources = new List<int>();
        var edgeTypes = new List<RelationshipType>();
        var targets = new List<int>();
        await foreach (var edge in curated.ReadAllEdgesAsync(RelationshipTypes.All, cancellationToken).ConfigureAwait(false))
        {
            // Every curated endpoint is a curated entity; an edge that names none would be a corrupt file, as in the extracted build.
            if (byKey.TryGetValue(edge.Source, out var source) && byKey.TryGetValue(edge.Target, out var target))
            {
                sources.Add(source);
                edgeTypes.Add(edge.Type);
                targets.Add(target);
            }
        }

        // Evidence is read through the curated store, by edge, so the edges carry no store ids.
        var edges = new EdgeList([], [.. sources], [.. edgeTypes], [.. targets], sources.Count);
        return GraphReadModelBuilder.Assemble(version, keys, names, types, [], edges, overlay);
    }

    /// <summary>The curated entities (key, name, type) in ordinal key order.</summary>
    private static async Task<List<(EntityKey Key, string Name, EntityType Type)>> ReadEntitiesAsync(
        SqliteConnection connection, SqliteTransaction transaction, CurationOverlay overlay, CancellationToken cancellationToken)
    {
        var entities = new List<(EntityKey Key, string Name, EntityType Type)>();
        var extracted = new HashSet<EntityKey>();
        await using (var command = connection.Command(transaction, "SELECT key, name, type FROM entities;"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = new EntityKey(reader.GetString(0));
                extracted.Add(key);
                if (!overlay.IsAbsorbed(key))
                {
                    var (name, type) = overlay.NameAndType(key, reader.GetString(1), Enum.Parse<EntityType>(reader.GetString(2)));
                    entities.Add((key, name, type));
                }
            }
        }

        // A split's entity, unless it was merged away or the text now names an entity with its key (which then wins).
        foreach (var key in overlay.SplitKeys)
        {
            if (!overlay.IsAbsorbed(key) && !extracted.Contains(key) && overlay.SplitEntity(key) is { } split)
            {
                var (name, type) = overlay.NameAndType(key, split.Name, split.Type);
                entities.Add((key, name, type));
            }
        }

        entities.Sort((a, b) => string.CompareOrdinal(a.Key.Value, b.Key.Value));
        return entities;
    }
}
