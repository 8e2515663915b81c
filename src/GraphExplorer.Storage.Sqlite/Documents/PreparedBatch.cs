using GraphExplorer.Core.Documents;

namespace GraphExplorer.Storage.Sqlite.Documents;

/// <summary>
/// Checks and prepares a batch's documents (<see cref="PreparedDocument.From"/>: merging, JSON rows) one after another
/// on a thread of its own, ahead of the writer, so the next documents are prepared while SQLite writes the current one.
/// Each is handed out in the batch's order, prepared or refused.
/// </summary>
internal sealed class PreparedBatch : IAsyncDisposable
{
    private readonly IReadOnlyList<DocumentGraph> _documents;
    private readonly TaskCompletionSource<DocumentPreparation>[] _ready;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _preparing;

    /// <summary>Initializes a new instance and starts preparing the first document.</summary>
    /// <param name="documents">The documents, in the order they are written.</param>
    public PreparedBatch(IReadOnlyList<DocumentGraph> documents)
    {
        _documents = documents;
        _ready = new TaskCompletionSource<DocumentPreparation>[documents.Count];
        for (var i = 0; i < _ready.Length; i++)
        {
            // The writer resumes on the thread pool, never inline on the preparing thread (which goes on to the next).
            _ready[i] = new TaskCompletionSource<DocumentPreparation>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        _preparing = Task.Factory.StartNew(Prepare, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>How many documents the batch holds.</summary>
    public int Count => _ready.Length;

    /// <summary>Waits for a document's preparation.</summary>
    /// <param name="index">The document's place in the batch.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The document prepared, or the reason it was refused.</returns>
    public Task<DocumentPreparation> GetAsync(int index, CancellationToken cancellationToken) =>
        _ready[index].Task.WaitAsync(cancellationToken);

    /// <summary>Stops preparing the documents not reached yet and waits, so no preparation outlives the batch.</summary>
    /// <returns>A task that completes when the preparing thread has ended.</returns>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _preparing.ConfigureAwait(false);
        _stop.Dispose();
    }

    private void Prepare()
    {
        for (var i = 0; i < _ready.Length; i++)
        {
            if (_stop.IsCancellationRequested)
            {
                _ready[i].TrySetCanceled(_stop.Token);
                continue;
            }

            var graph = _documents[i];
            try
            {
                _ready[i].TrySetResult(new DocumentPreparation(graph, PreparedDocument.From(graph), null));
            }
            catch (ArgumentException ex)
            {
                _ready[i].TrySetResult(new DocumentPreparation(graph, null, ex));
            }
            catch (Exception ex)
            {
                _ready[i].TrySetException(ex);
            }
        }
    }
}
