using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Curation;

/// <summary>How the decisions resolve, in order: merges as they come, entity decisions on the key their entity has then, edge decisions on the final keys.</summary>
public sealed partial class CurationOverlay
{
    private void Resolve(IReadOnlyDictionary<EntityKey, Entity> existing)
    {
        var edgeDecisions = new List<CurationDecision>();
        foreach (var decision in Decisions)
        {
            if (Missing(decision, existing) is { } missing)
            {
                _problems[decision.Id] = $"The entity '{missing.Value}' is not in the store; the decision applies again once it is.";
                continue;
            }

            var key = Map(decision.Entity);
            switch (decision.Kind)
            {
                case CurationKind.Merge:
                    MergeInto(key, Map(decision.Other ?? key), decision);
                    break;
                case CurationKind.Split:
                    ResolveSplit(key, decision, existing);
                    break;
                case CurationKind.DismissDuplicate:
                    break;
                case CurationKind.Rename:
                    var state = State(key);
                    state.Added.AddRange(state.Name is { } previous ? [previous] : []);
                    state.Name = decision.Value;
                    state.Removed.Remove(EntityNames.Normalize(decision.Value));
                    Index(decision.Value, key);
                    break;
                case CurationKind.Retype:
                    State(key).Type = Enum.Parse<EntityType>(decision.Value ?? string.Empty, ignoreCase: true);
                    break;
                case CurationKind.AddAlias:
                    State(key).Added.Add(decision.Value ?? string.Empty);
                    State(key).Removed.Remove(EntityNames.Normalize(decision.Value));
                    Index(decision.Value, key);
                    break;
                case CurationKind.RemoveAlias:
                    var removed = EntityNames.Normalize(decision.Value);
                    State(key).Removed.Add(removed);
                    State(key).Added.RemoveAll(a => EntityNames.Normalize(a) == removed);
                    if (_aliasIndex.TryGetValue(removed, out var indexed) && Map(indexed) == key)
                    {
                        _aliasIndex.Remove(removed);
                    }

                    break;
                default:
                    edgeDecisions.Add(decision);
                    break;
            }
        }

        foreach (var decision in edgeDecisions)
        {
            ResolveEdge(decision);
        }
    }

    /// <summary>The entity a decision names that is neither in the store nor made by an earlier split (a split's new key is not looked for).</summary>
    private EntityKey? Missing(CurationDecision decision, IReadOnlyDictionary<EntityKey, Entity> existing)
    {
        bool Exists(EntityKey key) => existing.ContainsKey(key) || _splitChildren.ContainsKey(key);
        return !Exists(decision.Entity) ? decision.Entity
            : decision.Kind is not CurationKind.Split && decision.Other is { } other && !Exists(other) ? other
            : null;
    }

    private void MergeInto(EntityKey into, EntityKey absorbed, CurationDecision decision)
    {
        if (into == absorbed)
        {
            _problems[decision.Id] = $"'{decision.Entity.Value}' and '{decision.Other?.Value}' are one entity already.";
            return;
        }

        _absorbedInto[absorbed] = into;
        if (_states.Remove(absorbed, out var state))
        {
            var target = State(into);
            target.Added.AddRange(state.Added);
            target.Added.AddRange(state.Name is { } name ? [name] : []);
            target.Removed.UnionWith(state.Removed);
        }
    }

    private void ResolveEdge(CurationDecision decision)
    {
        var (source, target) = (Map(decision.Entity), Map(decision.Other ?? decision.Entity));
        if (source == target || decision.Type is not { } type)
        {
            _problems[decision.Id] = $"'{decision.Entity.Value}' and '{decision.Other?.Value}' are one entity now; the edge would be a loop.";
            return;
        }

        var edge = CurationDecision.CanonicalEdge(source, type, target);
        var evidence = new Evidence(
            Evidence.CuratedDocumentPrefix + decision.Id, 0, decision.Note ?? string.Empty, EvidenceBasis.Curated, Analyst: decision.Analyst, Decision: decision.Id);
        switch (decision.Kind)
        {
            case CurationKind.RejectEdge:
                _rejected.Add(edge);
                _added.Remove(edge);
                _confirmed.Remove(edge);
                break;
            case CurationKind.ConfirmEdge:
                _rejected.Remove(edge);
                Add(_confirmed, edge, evidence);
                break;
            case CurationKind.AddEdge:
                _rejected.Remove(edge);
                Add(_added, edge, evidence);
                break;
            default:
                throw new InvalidOperationException($"Curation kind {decision.Kind} is not an edge decision.");
        }
    }

    private static void Add(Dictionary<GraphEdge, List<Evidence>> map, GraphEdge edge, Evidence evidence)
    {
        if (!map.TryGetValue(edge, out var list))
        {
            map[edge] = list = [];
        }

        list.Add(evidence);
    }

    private EntityState State(EntityKey key)
    {
        if (!_states.TryGetValue(key, out var state))
        {
            _states[key] = state = new EntityState();
        }

        return state;
    }

    private void Index(string? alias, EntityKey key)
    {
        var normalized = EntityNames.Normalize(alias);
        if (normalized.Length > 0)
        {
            _aliasIndex[normalized] = key;
        }
    }

    /// <summary>What the decisions set on one curated entity.</summary>
    private sealed class EntityState
    {
        public string? Name { get; set; }

        public EntityType? Type { get; set; }

        public List<string> Added { get; } = [];

        public HashSet<string> Removed { get; } = new(StringComparer.Ordinal);
    }
}
