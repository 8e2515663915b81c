using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GraphExplorer.Storage.Sqlite.Tests;

/// <summary>Reads a store file's rows directly, for tests that check what was written rather than what the store reads back.</summary>
internal static class StoreRows
{
    /// <summary>Runs <paramref name="sql"/> on the file and returns each row as its columns joined by <c>|</c> (invariant culture).</summary>
    public static async Task<string[]> ReadAsync(string filePath, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={filePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return [.. rows];
    }
}
