using System.Globalization;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Storage.Sqlite.Documents;
using GraphExplorer.Storage.Sqlite.Relationships;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Curation;

/// <summary>Reads and writes the <c>curation_decisions</c> table; every change raises the store version, so read models rebuild.</summary>
internal static class CurationWriter
{
    /// <summary>Reads the decisions in the order they apply (time, then id).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The read transaction to run in, if any (a snapshot's).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The decisions.</returns>
    public static async Task<IReadOnlyList<CurationDecision>> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction, "SELECT id, kind, entity, other, type, value, analyst, at, note FROM curation_decisions ORDER BY at, id;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var decisions = new List<CurationDecision>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            decisions.Add(new CurationDecision(
                reader.GetString(0),
                CurationKinds.TryParse(reader.GetString(1), out var kind) ? kind : throw new InvalidDataException($"Unknown curation kind '{reader.GetString(1)}'."),
                new EntityKey(reader.GetString(2)),
                reader.IsDBNull(3) ? null : new EntityKey(reader.GetString(3)),
                reader.IsDBNull(4) ? null : EdgeReader.ParseType(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetString(6),
                DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return decisions;
    }

    /// <summary>Inserts a decision unless its id is there.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when inserted.</returns>
    public static Task<bool> AddAsync(SqliteConnection connection, CurationDecision decision, CancellationToken cancellationToken) =>
        ChangeAsync(
            connection,
            """
            INSERT INTO curation_decisions (id, kind, entity, other, type, value, analyst, at, note)
            VALUES ($id, $kind, $entity, $other, $type, $value, $analyst, $at, $note)
            ON CONFLICT (id) DO NOTHING;
            """,
            [
                ("$id", decision.Id),
                ("$kind", decision.Kind.ToWireName()),
                ("$entity", decision.Entity.Value),
                ("$other", decision.Other?.Value),
                ("$type", decision.Type?.ToWireName()),
                ("$value", decision.Value),
                ("$analyst", decision.Analyst),
                ("$at", CurationDecision.TimeText(decision.At)),
                ("$note", decision.Note),
            ],
            cancellationToken);

    /// <summary>Deletes a decision.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="id">Its id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when it was there.</returns>
    public static Task<bool> RemoveAsync(SqliteConnection connection, string id, CancellationToken cancellationToken) =>
        ChangeAsync(connection, "DELETE FROM curation_decisions WHERE id = $id;", [("$id", id)], cancellationToken);

    private static async Task<bool> ChangeAsync(
        SqliteConnection connection, string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        int changed;
        await using (var command = connection.Command(transaction, sql, parameters))
        {
            changed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (changed > 0)
        {
            await StoreVersion.IncrementAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed > 0;
    }
}
