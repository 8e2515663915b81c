using System.Globalization;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// A request checked and resolved against the catalogue and a store: the traversal, its entities and its bounds.
/// Every traversal engine starts here, so the rules and messages are the same whatever runs the walk.
/// </summary>
/// <param name="Definition">The traversal.</param>
/// <param name="Start">The start entity, when the traversal takes one.</param>
/// <param name="To">The second entity, when the traversal takes one.</param>
/// <param name="Depth">The depth, within the traversal's bounds.</param>
/// <param name="Limit">The row limit, within 1 and <see cref="TraversalCatalogue.MaxLimit"/>.</param>
public sealed record ResolvedTraversal(TraversalDefinition Definition, Entity? Start, Entity? To, int Depth, int Limit)
{
    private const int SuggestionCount = 5;

    /// <summary>The parameters as a result reports them.</summary>
    public TraversalParameters Parameters => Definition.Kind == TraversalKind.EdgesBetween
        ? new(Start?.Name, To?.Name, Depth, Limit, Offset: Evidence.Offset)
        : new(Start?.Name, To?.Name, Depth, Limit, Evidence.Limit);

    /// <summary>The evidence each path step carries: for <c>evidence</c>, the page (<c>offset</c>, <c>limit</c>); else the first <c>evidence</c> quotes.</summary>
    /// <value>The default value is <see cref="EvidenceWindow.Default"/>.</value>
    public EvidenceWindow Evidence { get; init; } = EvidenceWindow.Default;

    /// <summary>The most rows: <see cref="Limit"/>, except for <c>evidence</c>, whose limit pages quotes and whose rows (one per relationship) are few.</summary>
    public int RowLimit => Definition.Kind == TraversalKind.EdgesBetween ? TraversalCatalogue.MaxLimit : Limit;

    /// <summary>Checks a request and resolves its entity names (any alias, any case) through <paramref name="store"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="catalogue">The traversal catalogue.</param>
    /// <param name="store">The store that resolves names and suggests close ones.</param>
    /// <param name="cancellationToken">Cancels the look-ups.</param>
    /// <returns>The resolved traversal.</returns>
    /// <exception cref="UnknownTraversalException">The traversal is not in the catalogue.</exception>
    /// <exception cref="EntityNotFoundException">An entity parameter names no entity; carries suggestions.</exception>
    /// <exception cref="TraversalException">A parameter is missing, too long or out of range.</exception>
    public static Task<ResolvedTraversal> ResolveAsync(
        TraversalRequest request, TraversalCatalogue catalogue, IGraphStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return ResolveAsync(request, catalogue, store.FindEntityAsync, store.SearchEntitiesAsync, cancellationToken);
    }

    /// <summary>Checks a request and resolves its entity names with the given look-ups (an engine's own index).</summary>
    /// <param name="request">The request.</param>
    /// <param name="catalogue">The traversal catalogue.</param>
    /// <param name="find">Finds an entity by name, alias or key, as <see cref="IGraphStore.FindEntityAsync"/>.</param>
    /// <param name="suggest">Suggests close names, as <see cref="IGraphStore.SearchEntitiesAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the look-ups.</param>
    /// <returns>The resolved traversal.</returns>
    /// <exception cref="UnknownTraversalException">The traversal is not in the catalogue.</exception>
    /// <exception cref="EntityNotFoundException">An entity parameter names no entity; carries suggestions.</exception>
    /// <exception cref="TraversalException">A parameter is missing, too long or out of range.</exception>
    public static async Task<ResolvedTraversal> ResolveAsync(
        TraversalRequest request,
        TraversalCatalogue catalogue,
        Func<string, CancellationToken, Task<Entity?>> find,
        Func<string, int, CancellationToken, Task<IReadOnlyList<Entity>>> suggest,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(find);
        ArgumentNullException.ThrowIfNull(suggest);
        if (!catalogue.TryGet(request.Traversal, out var definition))
        {
            throw new UnknownTraversalException(request.Traversal, catalogue.All.Select(t => t.Name).ToArray());
        }

        var depth = CheckRange(TraversalParameterNames.Depth, request.Depth ?? definition.DefaultDepth, 1, definition.MaxDepth);
        var defaultLimit = int.Parse(
            definition.Parameters.Single(p => p.Name == TraversalParameterNames.Limit).DefaultValue
                ?? TraversalCatalogue.DefaultLimit.ToString(CultureInfo.InvariantCulture),
            CultureInfo.InvariantCulture);
        var limit = CheckRange(TraversalParameterNames.Limit, request.Limit ?? defaultLimit, 1, TraversalCatalogue.MaxLimit);
        var evidence = ResolveEvidence(definition, request, limit);
        var start = definition.TakesEntity
            ? await ResolveEntityAsync(find, suggest, TraversalParameterNames.Entity, request.Entity, cancellationToken).ConfigureAwait(false)
            : null;
        var to = definition.TakesTarget
            ? await ResolveEntityAsync(find, suggest, TraversalParameterNames.To, request.To, cancellationToken).ConfigureAwait(false)
            : null;
        return new ResolvedTraversal(definition, start, to, depth, limit) { Evidence = evidence };
    }

    private static EvidenceWindow ResolveEvidence(TraversalDefinition definition, TraversalRequest request, int limit)
    {
        if (definition.Kind == TraversalKind.EdgesBetween)
        {
            if (request.Evidence is not null)
            {
                throw new TraversalException(
                    TraversalParameterNames.Evidence,
                    $"Parameter '{TraversalParameterNames.Evidence}' does not apply to '{definition.Name}': page its quotes with '{TraversalParameterNames.Offset}' and '{TraversalParameterNames.Limit}'.");
            }

            return new EvidenceWindow(CheckRange(TraversalParameterNames.Offset, request.Offset ?? 0, 0, int.MaxValue - TraversalCatalogue.MaxLimit), limit);
        }

        if (request.Offset is not null)
        {
            throw new TraversalException(
                TraversalParameterNames.Offset,
                $"Parameter '{TraversalParameterNames.Offset}' applies only to 'evidence'; '{definition.Name}' takes '{TraversalParameterNames.Evidence}' (quotes per path step).");
        }

        return new EvidenceWindow(0, CheckRange(TraversalParameterNames.Evidence, request.Evidence ?? EvidenceWindow.DefaultLimit, 0, EvidenceWindow.MaxLimit));
    }

    private static int CheckRange(string parameter, int value, int min, int max) =>
        value < min || value > max
            ? throw new TraversalException(parameter, $"Parameter '{parameter}' must be between {min} and {max}; got {value}.")
            : value;

    private static async Task<Entity> ResolveEntityAsync(
        Func<string, CancellationToken, Task<Entity?>> find,
        Func<string, int, CancellationToken, Task<IReadOnlyList<Entity>>> suggest,
        string parameter,
        string? name,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new TraversalException(parameter, $"Parameter '{parameter}' is required: give an entity name or alias.");
        }

        if (name.Length > TraversalCatalogue.MaxEntityNameLength)
        {
            throw new TraversalException(parameter, $"Parameter '{parameter}' is {name.Length} characters long; entity names are at most {TraversalCatalogue.MaxEntityNameLength}.");
        }

        var entity = await find(name, cancellationToken).ConfigureAwait(false);
        if (entity is not null)
        {
            return entity;
        }

        var suggestions = await suggest(name, SuggestionCount, cancellationToken).ConfigureAwait(false);
        throw new EntityNotFoundException(parameter, name, suggestions.Select(s => s.Name).ToArray());
    }
}
