using System.Runtime.CompilerServices;
using System.Text.Json;
using GraphExplorer.Core.Entities;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Entities;

/// <summary>Reads entities with their aliases and their layer and category (the first a mentioning document gives, by path).</summary>
internal static class EntityReader
{
    private const string EntityColumns =
        """
        e.key, e.name, e.type,
        (SELECT m.layer FROM entity_mentions AS m WHERE m.entity_key = e.key AND m.layer IS NOT NULL ORDER BY m.document LIMIT 1),
        (SELECT m.category FROM entity_mentions AS m WHERE m.entity_key = e.key AND m.category IS NOT NULL ORDER BY m.document LIMIT 1)
        """;

    /// <summary>Gets entities by key.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The read transaction to run in, if any (a snapshot's).</param>
    /// <param name="keys">The keys; duplicates are ignored.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entities found, by key.</returns>
    public static async Task<Dictionary<EntityKey, Entity>> GetAsync(
        SqliteConnection connection, SqliteTransaction? transaction, IEnumerable<EntityKey> keys, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(keys.Select(k => k.Value).Distinct(StringComparer.Ordinal).ToArray());
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using (var command = connection.Command(
            transaction,
            "SELECT DISTINCT a.entity_key, a.alias FROM json_each($keys) AS k CROSS JOIN entity_aliases AS a ON a.entity_key = k.value;",
            ("$keys", json)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = reader.GetString(0);
                if (!aliases.TryGetValue(key, out var list))
                {
                    aliases[key] = list = [];
                }

                list.Add(reader.GetString(1));
            }
        }

        var entities = new Dictionary<EntityKey, Entity>();
        await using (var command = connection.Command(
            transaction,
            $"SELECT {EntityColumns} FROM json_each($keys) AS k CROSS JOIN entities AS e ON e.key = k.value;",
            ("$keys", json)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var entity = Read(reader, aliases.GetValueOrDefault(reader.GetString(0)) ?? []);
                entities[entity.Key] = entity;
            }
        }

        return entities;
    }

    /// <summary>Streams every entity, ordered by key.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The read transaction to run in, if any (a snapshot's).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The entities.</returns>
    public static async IAsyncEnumerable<Entity> ReadAllAsync(
        SqliteConnection connection, SqliteTransaction? transaction, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            $"""
            SELECT {EntityColumns}, a.alias
            FROM entities AS e
            LEFT JOIN entity_aliases AS a ON a.entity_key = e.key
            ORDER BY e.key, a.alias;
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        string? key = null;
        var aliases = new List<string>();
        Entity? pending = null;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (reader.GetString(0) != key)
            {
                if (pending is not null)
                {
                    yield return Complete(pending, aliases);
                }

                key = reader.GetString(0);
                aliases = [];
                pending = Read(reader, []);
            }

            if (!reader.IsDBNull(5))
            {
                aliases.Add(reader.GetString(5));
            }
        }

        if (pending is not null)
        {
            yield return Complete(pending, aliases);
        }
    }

    /// <summary>Reads the entity columns at ordinals 0–4.</summary>
    private static Entity Read(SqliteDataReader reader, IReadOnlyList<string> aliases) =>
        Complete(
            new Entity(
                new EntityKey(reader.GetString(0)),
                reader.GetString(1),
                Enum.Parse<EntityType>(reader.GetString(2)),
                [],
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4)),
            aliases);

    /// <summary>Sets the aliases: the canonical name first, then the others in ordinal order.</summary>
    private static Entity Complete(Entity entity, IReadOnlyList<string> aliases) =>
        entity with
        {
            Aliases = new[] { entity.Name }
                .Concat(aliases.Order(StringComparer.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .ToArray(),
        };
}
