using GraphExplorer.Core.Curation;

namespace GraphExplorer.Testing.Stores;

/// <summary>The decisions, kept in a list beside the documents.</summary>
public sealed partial class InMemoryGraphStore : ICurationStore
{
    private readonly List<CurationDecision> _curation = [];

    /// <inheritdoc />
    public Task<IReadOnlyList<CurationDecision>> GetCurationAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<CurationDecision>>([.. _curation.OrderBy(d => d.At).ThenBy(d => d.Id, StringComparer.Ordinal)]);
        }
    }

    /// <inheritdoc />
    public Task<bool> AddCurationAsync(CurationDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(decision));
        }

        lock (_gate)
        {
            if (_curation.Exists(d => d.Id == decision.Id))
            {
                return Task.FromResult(false);
            }

            _curation.Add(decision);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> RemoveCurationAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_curation.RemoveAll(d => d.Id == id) > 0);
        }
    }
}
