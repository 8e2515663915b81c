using GraphExplorer.Api.Problems;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Api.Endpoints;

/// <summary>Resolves an entity parameter by key, name or alias; an unknown one becomes a 404 with suggestions.</summary>
internal static class EntityResolution
{
    private const int SuggestionCount = 5;

    public static async Task<(Entity? Entity, ProblemHttpResult? Problem)> ResolveAsync(
        IGraphStore store, string parameter, string? name, CancellationToken cancellationToken)
    {
        if (!ApiProblems.TryCheckText(parameter, name, out var problem))
        {
            return (null, problem);
        }

        var entity = await store.FindEntityAsync(name, cancellationToken).ConfigureAwait(false);
        if (entity is not null)
        {
            return (entity, null);
        }

        var suggestions = await store.SearchEntitiesAsync(name, SuggestionCount, cancellationToken).ConfigureAwait(false);
        return (null, ApiProblems.EntityNotFound(parameter, name, suggestions.Select(s => s.Name).ToArray()));
    }
}
