using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphExplorer.Core.Storage;

/// <summary>
/// Readiness of the graph store: healthy when it answers its statistics (and reports the graph's size), degraded when
/// it answers but is empty, unhealthy when it does not answer. The answer is kept for <see cref="CacheDuration"/> (on
/// the injected <see cref="TimeProvider"/>), so probes arriving every second cost one store query per period.
/// Registered by each store's <c>Add…GraphStore</c>, unless its settings say <c>DisableHealthChecks</c>.
/// </summary>
/// <param name="store">The store.</param>
/// <param name="timeProvider">The clock the cache runs on.</param>
public sealed class GraphStoreHealthCheck(IGraphStore store, TimeProvider timeProvider) : IHealthCheck
{
    /// <summary>The name of the check in health reports.</summary>
    public const string Name = "graph-store";

    /// <summary>The tag of checks that must pass before a service takes traffic (<c>/health/ready</c>).</summary>
    public const string ReadyTag = "ready";

    /// <summary>How long an answer is reused.</summary>
    public static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(5);

    private (HealthCheckResult Result, long Timestamp)? _last;

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_last is { } last && timeProvider.GetElapsedTime(last.Timestamp) < CacheDuration)
        {
            return last.Result;
        }

        var result = await CheckStoreAsync(cancellationToken).ConfigureAwait(false);
        _last = (result, timeProvider.GetTimestamp());
        return result;
    }

    private async Task<HealthCheckResult> CheckStoreAsync(CancellationToken cancellationToken)
    {
        try
        {
            var statistics = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
            var data = new Dictionary<string, object>
            {
                ["documents"] = statistics.Documents,
                ["entities"] = statistics.Entities,
                ["edges"] = statistics.Edges,
            };
            return statistics.Entities == 0
                ? HealthCheckResult.Degraded("The store answers but holds no entities: ingest the seeds first.", data: data)
                : HealthCheckResult.Healthy($"{statistics.Entities} entities, {statistics.Edges} edges from {statistics.Documents} documents.", data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The graph store did not answer: {ex.GetType().Name}.", ex);
        }
    }
}
