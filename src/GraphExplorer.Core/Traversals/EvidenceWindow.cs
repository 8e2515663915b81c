using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// Which of an edge's evidence items an answer carries: the items from <see cref="Offset"/> on, at most
/// <see cref="Limit"/> of them, in document-then-line order. Every path step still reports the edge's total
/// (<see cref="PathStep.EvidenceCount"/>), so a client can page through the rest with the <c>evidence</c> traversal.
/// </summary>
/// <param name="Offset">The first item to carry, from 0.</param>
/// <param name="Limit">The most items to carry per edge.</param>
public readonly record struct EvidenceWindow(int Offset, int Limit)
{
    /// <summary>The evidence items a path step carries when the request does not say: 3.</summary>
    public const int DefaultLimit = 3;

    /// <summary>The most evidence items a request may ask for per path step: 100.</summary>
    public const int MaxLimit = 100;

    /// <summary>The most evidence items a page of the <c>evidence</c> traversal may carry per edge: 1 000.</summary>
    public const int MaxPageLimit = TraversalCatalogue.MaxLimit;

    /// <summary>The most evidence items one answer carries in all, whatever the per-step cap: 5 000.</summary>
    public const int MaxPerAnswer = 5_000;

    /// <summary>The default window: the first <see cref="DefaultLimit"/> items.</summary>
    public static EvidenceWindow Default { get; } = new(0, DefaultLimit);

    /// <summary>Cuts a full, ordered evidence list to this window.</summary>
    /// <param name="evidence">Every item of the edge, ordered by document then line.</param>
    /// <returns>The items in the window.</returns>
    public IReadOnlyList<Evidence> Apply(IReadOnlyList<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return Offset == 0 && evidence.Count <= Limit
            ? evidence
            : evidence.Skip(Offset).Take(Limit).ToArray();
    }
}
