namespace GraphExplorer.Core.Curation;

/// <summary>
/// Where a store keeps the analysts' decisions, apart from what extraction wrote: re-ingesting a document never
/// touches them. Both stores implement it; <see cref="CuratedGraphStore"/> applies them on every read.
/// </summary>
public interface ICurationStore
{
    /// <summary>The decisions, in the order they apply: by time, then id.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The decisions.</returns>
    Task<IReadOnlyList<CurationDecision>> GetCurationAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a decision unless one with its id is stored already.</summary>
    /// <param name="decision">The decision, valid (<see cref="CurationDecision.Validate"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when it was added; <see langword="false"/> when its id was there (nothing changes).</returns>
    Task<bool> AddCurationAsync(CurationDecision decision, CancellationToken cancellationToken = default);

    /// <summary>Removes (undoes) a decision.</summary>
    /// <param name="id">The decision's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when it was there.</returns>
    Task<bool> RemoveCurationAsync(string id, CancellationToken cancellationToken = default);
}
