using GraphExplorer.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Testing;

/// <summary>A fresh SQLite store file in a temp folder; the stores opened on it and the folder go on dispose.</summary>
public sealed class TempStore : IAsyncDisposable
{
    private readonly List<SqliteGraphStore> _opened = [];
    private SqliteGraphStore? _store;

    /// <summary>The temp folder holding the store file.</summary>
    public TempDirectory Folder { get; } = new();

    /// <summary>The store file's full path.</summary>
    public string FilePath => Folder.Combine("graph.db");

    /// <summary>The store on <see cref="FilePath"/>, opened on first use.</summary>
    public SqliteGraphStore Store => _store ??= Open();

    /// <summary>Opens another store instance on <see cref="FilePath"/> (e.g. to test reopening).</summary>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The store, disposed with this object.</returns>
    public SqliteGraphStore Open(Action<SqliteGraphStoreOptions>? configure = null)
    {
        var options = new SqliteGraphStoreOptions { Path = FilePath };
        configure?.Invoke(options);
        var store = new SqliteGraphStore(Options.Create(options));
        _opened.Add(store);
        return store;
    }

    /// <summary>Disposes the stores and deletes the folder.</summary>
    /// <returns>A task that completes when done.</returns>
    public async ValueTask DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }

        Folder.Dispose();
    }
}
