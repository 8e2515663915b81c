using System.Globalization;
using System.Text.Json;
using GraphExplorer.Core.Storage;
using GraphExplorer.Storage.Neo4j.Cypher;
using GraphExplorer.Storage.Neo4j.Queries;

namespace GraphExplorer.Storage.Neo4j.Store;

/// <summary>
/// The store's writer lock on Neo4j: a lease on the <c>(:WriterLock {name: 'ingest'})</c> node
/// (<c>acquire-writer-lock.cypher</c>), renewed in the background every third of the lease while held and
/// deleted on release (<c>release-writer-lock.cypher</c>).
/// </summary>
internal sealed class Neo4jWriterLock : IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;
    private readonly Dictionary<string, object?> _parameters;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewals;

    private Neo4jWriterLock(Neo4jQueryClient client, Dictionary<string, object?> parameters, TimeSpan lease, TimeProvider timeProvider)
    {
        _client = client;
        _parameters = parameters;
        _renewals = RenewAsync(lease / 3, timeProvider, _stop.Token);
    }

    /// <summary>Takes the lease, or fails at once when another holder has it.</summary>
    /// <param name="client">The Query API client.</param>
    /// <param name="options">The lease's length and the server, for messages.</param>
    /// <param name="timeProvider">Paces the renewals.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The held lock.</returns>
    /// <exception cref="GraphStoreBusyException">Another holder has the lease.</exception>
    public static async Task<IAsyncDisposable> AcquireAsync(
        Neo4jQueryClient client, Neo4jGraphStoreOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var owner = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName} pid {Environment.ProcessId} {Guid.NewGuid():N}");
        var parameters = new Dictionary<string, object?>
        {
            ["owner"] = owner,
            ["leaseSeconds"] = (int)Math.Ceiling(options.WriterLockLease.TotalSeconds),
        };
        var result = await client.ExecuteAsync(CypherFiles.Get(CypherStatement.AcquireWriterLock), parameters, cancellationToken).ConfigureAwait(false);
        var record = result.Records.Count > 0 ? result.Records[0] : null;
        if (record is null || record["acquired"].ValueKind != JsonValueKind.True)
        {
            var holder = record?["owner"].GetString() ?? "another process";
            var since = record?["since"].GetString() ?? "an unknown time";
            throw new GraphStoreBusyException(
                $"The Neo4j graph store at {options.Uri} (database {options.Database}) is being written by another ingestion "
                + $"({holder}, since {since}): wait for it to finish, then run again.");
        }

        return new Neo4jWriterLock(client, parameters, options.WriterLockLease, timeProvider);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _renewals.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }

        _stop.Dispose();
        await _client.ExecuteAsync(CypherFiles.Get(CypherStatement.ReleaseWriterLock), _parameters, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task RenewAsync(TimeSpan period, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(period, timeProvider, cancellationToken).ConfigureAwait(false);
            try
            {
                await _client.ExecuteAsync(CypherFiles.Get(CypherStatement.AcquireWriterLock), _parameters, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A missed renewal is retried at the next period; the lease outlasts two of them.
            }
        }
    }
}
