using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphExplorer.Api.Endpoints;

/// <summary>
/// <c>GET /api/curation/marks</c>: what the explorer marks as curated, in the keys the graph is drawn with (merges
/// applied): the entities decisions touch and the edges an analyst confirmed or added, with the entity types a
/// retype may choose. Only decisions that apply now count; a rejected edge is not listed (it is in no answer).
/// </summary>
public static class CurationMarksEndpoint
{
    /// <summary>Maps <c>GET /marks</c> under the curation group.</summary>
    /// <param name="api">The <c>/api/curation</c> group.</param>
    public static void MapCurationMarksEndpoint(this RouteGroupBuilder api) =>
        api.MapGet("/marks", MarksAsync).WithName("CurationMarks")
            .WithSummary("The curated entities (by the key they are drawn with) and the confirmed or hand-added edges, with the decisions behind them, and the entity types");

    /// <summary>The marks.</summary>
    public static async Task<Results<Ok<CurationMarks>, ProblemHttpResult>> MarksAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var curated = store switch
        {
            CuratedGraphStore c => c,
            ICurationStore curation => new CuratedGraphStore(store, curation),
            _ => null,
        };
        if (curated is null)
        {
            return CurationEndpoints.NotKept();
        }

        var overlay = await curated.GetOverlayAsync(cancellationToken);
        return TypedResults.Ok(Build(overlay));
    }

    internal static CurationMarks Build(CurationOverlay overlay)
    {
        var entities = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var edges = new Dictionary<GraphEdge, CurationDecision>();
        void Mark(EntityKey key, string id)
        {
            if (!entities.TryGetValue(key.Value, out var ids))
            {
                entities[key.Value] = ids = [];
            }

            ids.Add(id);
        }

        foreach (var decision in overlay.Decisions.Where(d => !overlay.Problems.ContainsKey(d.Id)))
        {
            if (decision.Edge is { } edge)
            {
                // The latest of reject / confirm / add on one edge wins, as in the overlay.
                edges[CurationDecision.CanonicalEdge(overlay.Map(edge.Source), edge.Type, overlay.Map(edge.Target))] = decision;
            }
            else if (decision.Kind is not CurationKind.DismissDuplicate)
            {
                Mark(overlay.Map(decision.Entity), decision.Id);
                if (decision.Kind is CurationKind.Split && decision.Other is { } split)
                {
                    Mark(split, decision.Id);
                }
            }
        }

        return new CurationMarks(
            Enum.GetNames<EntityType>(),
            [.. entities.Select(e => new CuratedEntityMark(e.Key, e.Value))],
            [.. edges
                .Where(e => e.Value.Kind is CurationKind.ConfirmEdge or CurationKind.AddEdge && !overlay.IsRejected(e.Key))
                .OrderBy(e => e.Key.Source.Value, StringComparer.Ordinal).ThenBy(e => e.Key.Type).ThenBy(e => e.Key.Target.Value, StringComparer.Ordinal)
                .Select(e => new CuratedEdgeMark(e.Key.Source.Value, e.Key.Type.ToWireName(), e.Key.Target.Value, e.Value.Kind.ToWireName(), e.Value.Id, e.Value.Analyst, e.Value.Note))]);
    }
}

/// <summary>The answer of <c>GET /api/curation/marks</c>.</summary>
/// <param name="EntityTypes">The types an entity may be given (Company, Model, Product).</param>
/// <param name="Entities">The entities decisions touch, by the key they are drawn with.</param>
/// <param name="Edges">The edges an analyst confirmed or added, in canonical orientation (a symmetric edge's endpoints in key order).</param>
public sealed record CurationMarks(IReadOnlyList<string> EntityTypes, IReadOnlyList<CuratedEntityMark> Entities, IReadOnlyList<CuratedEdgeMark> Edges);

/// <summary>An entity some decision applies to.</summary>
/// <param name="Key">The key it is drawn with (an absorber's, after a merge).</param>
/// <param name="Decisions">The ids of the decisions, in the order they apply (details in <c>GET /api/curation</c>).</param>
public sealed record CuratedEntityMark(string Key, IReadOnlyList<string> Decisions);

/// <summary>An edge an analyst confirmed or added (the latest decision on it).</summary>
/// <param name="Source">The source's key.</param>
/// <param name="Type">The relationship's wire name.</param>
/// <param name="Target">The target's key.</param>
/// <param name="Kind"><c>confirm-edge</c> or <c>add-edge</c>.</param>
/// <param name="Decision">The decision's id.</param>
/// <param name="Analyst">Who decided.</param>
/// <param name="Note">Why, if given.</param>
public sealed record CuratedEdgeMark(string Source, string Type, string Target, string Kind, string Decision, string Analyst, string? Note);
