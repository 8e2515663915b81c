using System.Globalization;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Storage;
using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Storage.Neo4j.Traversals;

/// <summary>Checks a request's depth and limit and resolves its entities, with the same rules and messages as <see cref="GraphTraversalService"/>.</summary>
/// <param name="store">The store that resolves names.</param>
/// <param name="definition">The traversal asked for.</param>
internal sealed class TraversalArguments(IGraphStore store, TraversalDefinition definition)
{
    private const int SuggestionCount = 5;

    public int Depth(int? depth) =>
        CheckRange(TraversalParameterNames.Depth, depth ?? definition.DefaultDepth, 1, definition.MaxDepth);

    public int Limit(int? limit)
    {
        var defaultLimit = int.Parse(
            definition.Parameters.Single(p => p.Name == TraversalParameterNames.Limit).DefaultValue
                ?? TraversalCatalogue.DefaultLimit.ToString(CultureInfo.InvariantCulture),
            CultureInfo.InvariantCulture);
        return CheckRange(TraversalParameterNames.Limit, limit ?? defaultLimit, 1, TraversalCatalogue.MaxLimit);
    }

    public Task<Entity?> ResolveEntityAsync(TraversalRequest request, CancellationToken cancellationToken) =>
        definition.TakesEntity ? ResolveAsync(TraversalParameterNames.Entity, request.Entity, cancellationToken) : Task.FromResult<Entity?>(null);

    public Task<Entity?> ResolveToAsync(TraversalRequest request, CancellationToken cancellationToken) =>
        definition.TakesTarget ? ResolveAsync(TraversalParameterNames.To, request.To, cancellationToken) : Task.FromResult<Entity?>(null);

    private static int CheckRange(string parameter, int value, int min, int max) =>
        value < min || value > max
            ? throw new TraversalException(parameter, $"Parameter '{parameter}' must be between {min} and {max}; got {value}.")
            : value;

    private async Task<Entity?> ResolveAsync(string parameter, string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new TraversalException(parameter, $"Parameter '{parameter}' is required: give an entity name or alias.");
        }

        if (name.Length > TraversalCatalogue.MaxEntityNameLength)
        {
            throw new TraversalException(parameter, $"Parameter '{parameter}' is {name.Length} characters long; entity names are at most {TraversalCatalogue.MaxEntityNameLength}.");
        }

        var entity = await store.FindEntityAsync(name, cancellationToken).ConfigureAwait(false);
        if (entity is not null)
        {
            return entity;
        }

        var suggestions = await store.SearchEntitiesAsync(name, SuggestionCount, cancellationToken).ConfigureAwait(false);
        throw new EntityNotFoundException(parameter, name, suggestions.Select(s => s.Name).ToArray());
    }
}
