using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Sqlite.Relationships;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite;

/// <summary>Counts what the store holds.</summary>
internal static class StatisticsReader
{
    /// <summary>Counts documents, entities per type, edges per type and evidence, all in one snapshot.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The statistics, every entity and relationship type present (zero when none).</returns>
    public static async Task<GraphStatistics> ReadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var entities = Enum.GetValues<EntityType>().ToDictionary(t => t, _ => 0);
        var edges = RelationshipTypes.All.ToDictionary(t => t, _ => 0);
        int documents = 0, evidence = 0;

        // One read transaction over the three statements: each alone would see its own snapshot, and a document
        // committed between them would be counted in some totals and not in others. A deferred BEGIN does no I/O (and
        // has no async overload): the snapshot starts with the first read.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = connection.Command(
            transaction,
            """
            SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM evidence);
            SELECT type, count(*) FROM entities GROUP BY type;
            SELECT type, count(*) FROM edges GROUP BY type;
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            documents = reader.GetInt32(0);
            evidence = reader.GetInt32(1);
        }

        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entities[Enum.Parse<EntityType>(reader.GetString(0))] = reader.GetInt32(1);
        }

        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            edges[EdgeReader.ParseType(reader.GetString(0))] = reader.GetInt32(1);
        }

        await reader.DisposeAsync().ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new GraphStatistics(documents, entities.Values.Sum(), entities, edges, evidence);
    }
}
