using GraphExplorer.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphExplorer.Api.Health;

/// <summary>Ready when the store answers its statistics; reports the graph's size.</summary>
/// <param name="store">The store.</param>
/// <param name="logger">Logs failures.</param>
internal sealed class GraphStoreHealthCheck(IGraphStore store, ILogger<GraphStoreHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
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
            logger.StoreUnhealthy(ex);
            return HealthCheckResult.Unhealthy("The graph store did not answer.", ex);
        }
    }
}
