using GraphExplorer.Core.Entities;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Entities;

/// <summary>Looks entities up by normalised name or alias: exact, prefix, substring, then closest by edit distance.</summary>
internal static class EntitySearch
{
    /// <summary>The most entities one search returns.</summary>
    public const int MaxResults = 100;

    // Sorts after every string that starts with the prefix (U+10FFFF, the last code point).
    private const string AfterPrefix = "\U0010FFFF";

    /// <summary>Finds the entity whose key, name or alias matches exactly after normalisation.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The read transaction to run in, if any (a snapshot's).</param>
    /// <param name="nameOrAlias">What the user typed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key of the match (a key match first, then the smallest key), or <see langword="null"/>.</returns>
    public static async Task<EntityKey?> FindAsync(SqliteConnection connection, SqliteTransaction? transaction, string nameOrAlias, CancellationToken cancellationToken)
    {
        var normalized = EntityNames.Normalize(nameOrAlias);
        if (normalized.Length == 0)
        {
            return null;
        }

        await using var command = connection.Command(
            transaction,
            """
            SELECT key FROM (
                SELECT key, 0 AS rank FROM entities WHERE key = $key
                UNION ALL
                SELECT entity_key, 1 FROM entity_aliases WHERE normalized = $normalized)
            ORDER BY rank, key
            LIMIT 1;
            """,
            ("$key", normalized.Replace(' ', '-')),
            ("$normalized", normalized));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string key ? new EntityKey(key) : null;
    }

    /// <summary>Searches names and aliases, best first.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The read transaction to run in, if any (a snapshot's).</param>
    /// <param name="text">What the user typed.</param>
    /// <param name="limit">The most keys to return (at most <see cref="MaxResults"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Matching keys: exact matches, then prefix, then substring, then within a small edit distance.</returns>
    public static async Task<IReadOnlyList<EntityKey>> SearchAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string text, int limit, CancellationToken cancellationToken)
    {
        var query = EntityNames.Normalize(text);
        if (query.Length == 0)
        {
            return [];
        }

        limit = Math.Min(limit, MaxResults);
        var candidates = new Dictionary<string, (int Tier, int Score)>(StringComparer.Ordinal);

        void Offer(string key, int tier, int score)
        {
            if (!candidates.TryGetValue(key, out var best) || (tier, score).CompareTo(best) < 0)
            {
                candidates[key] = (tier, score);
            }
        }

        // Tiers 0 and 1: exact and prefix matches through the index, shorter aliases first.
        await foreach (var (key, alias) in ReadAsync(
            connection,
            transaction,
            """
            SELECT DISTINCT entity_key, normalized FROM entity_aliases
            WHERE normalized >= $query AND normalized < $end
            ORDER BY length(normalized), entity_key
            LIMIT $cap;
            """,
            [("$query", query), ("$end", query + AfterPrefix), ("$cap", limit * 4)],
            cancellationToken).ConfigureAwait(false))
        {
            Offer(key, alias.Length == query.Length ? 0 : 1, alias.Length);
        }

        if (candidates.Count < limit)
        {
            // Tier 2: substring matches, earliest position first.
            await foreach (var (key, alias) in ReadAsync(
                connection,
                transaction,
                """
                SELECT DISTINCT entity_key, normalized FROM entity_aliases
                WHERE instr(normalized, $query) > 1
                ORDER BY instr(normalized, $query), length(normalized), entity_key
                LIMIT $cap;
                """,
                [("$query", query), ("$cap", limit * 4)],
                cancellationToken).ConfigureAwait(false))
            {
                Offer(key, 2, alias.IndexOf(query, StringComparison.Ordinal));
            }
        }

        if (candidates.Count < limit)
        {
            // Tier 3: the closest by edit distance, for typos: at most 1 edit per 3 characters, 1 to 3.
            var max = EditDistance.TypoAllowance(query.Length);
            await foreach (var (key, alias) in ReadAsync(
                connection,
                transaction,
                "SELECT DISTINCT entity_key, normalized FROM entity_aliases WHERE length(normalized) BETWEEN $min AND $max;",
                [("$min", query.Length - max), ("$max", query.Length + max)],
                cancellationToken).ConfigureAwait(false))
            {
                if (EditDistance.Within(query, alias, max) is { } distance)
                {
                    Offer(key, 3, distance);
                }
            }
        }

        return candidates
            .OrderBy(c => c.Value.Tier)
            .ThenBy(c => c.Value.Score)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(c => new EntityKey(c.Key))
            .ToArray();
    }

    private static async IAsyncEnumerable<(string Key, string Alias)> ReadAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        (string Name, object? Value)[] parameters,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return (reader.GetString(0), reader.GetString(1));
        }
    }
}
