using System.Text.Json;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Serialization;

namespace GraphExplorer.Core.Curation;

/// <summary>
/// What the CLI and the HTTP API share: turns an analyst's request (entities by name) into a stored decision, lists
/// decisions with whether each applies now, undoes one, and exports or imports them as JSON Lines.
/// </summary>
/// <param name="store">The curated store.</param>
/// <param name="timeProvider">Stamps decisions.</param>
public sealed class CurationService(CuratedGraphStore store, TimeProvider timeProvider)
{
    /// <summary>Resolves the request's entities and stores the decision.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The decision stored.</returns>
    /// <exception cref="CurationException">An entity is unknown, or the decision is malformed; the message names the argument.</exception>
    public async Task<CurationDecision> DecideAsync(CurationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var entity = await ResolveAsync("entity", request.Entity, cancellationToken).ConfigureAwait(false);
        EntityKey? other = request.Kind is CurationKind.Merge or CurationKind.DismissDuplicate || request.Kind.IsEdgeKind()
            ? await ResolveAsync(request.Kind.IsEdgeKind() ? "target" : "other", request.Other, cancellationToken).ConfigureAwait(false)
            : null;
        if (request.Kind is CurationKind.Merge or CurationKind.DismissDuplicate && other == entity)
        {
            throw new CurationException("other", $"'{request.Entity}' and '{request.Other}' are one entity already.");
        }

        if (request.Kind is CurationKind.Split)
        {
            other = await CheckSplitAsync(entity, request.Value, cancellationToken).ConfigureAwait(false);
        }

        if (request.Kind is CurationKind.ConfirmEdge && request.Type is { } type && other is { } target
            && (await store.GetRelationshipsAsync([CurationDecision.CanonicalEdge(entity, type, target)], cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            throw new CurationException("edge", $"There is no edge {entity.Value} {type.ToWireName()} {target.Value} to confirm; add it instead.");
        }

        var value = request.Kind is CurationKind.Retype && Enum.TryParse<EntityType>(request.Value, ignoreCase: true, out var parsed) ? parsed.ToString() : request.Value;
        var decision = new CurationDecision(
            "pending", request.Kind, entity, other, request.Kind.IsEdgeKind() ? request.Type : null, value, request.Analyst, timeProvider.GetUtcNow(), request.Note);
        if (decision.Validate() is { } problem)
        {
            throw new CurationException(ParameterOf(problem), problem);
        }

        decision = CurationDecision.Create(decision.Kind, entity, other, decision.Type, value, request.Analyst, request.Note, decision.At);
        await store.AddCurationAsync(decision, cancellationToken).ConfigureAwait(false);
        return decision;
    }

    /// <summary>Splits an alias off an entity into its own, optionally of another type (a retype decision right after the split).</summary>
    /// <param name="entity">The entity, by name, alias or key.</param>
    /// <param name="alias">The alias to split off.</param>
    /// <param name="type">The new entity's type, or <see langword="null"/> to keep the entity's.</param>
    /// <param name="analyst">Who decides.</param>
    /// <param name="note">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The decisions stored: the split, then the retype when a type was given.</returns>
    /// <exception cref="CurationException">The entity is unknown, the alias is not its, or the type is not a type.</exception>
    public async Task<IReadOnlyList<CurationDecision>> SplitAsync(
        string entity, string alias, string? type, string analyst, string? note, CancellationToken cancellationToken = default)
    {
        if (type is not null && (!Enum.TryParse<EntityType>(type, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(type, out _)))
        {
            throw new CurationException("type", $"'type' must be an entity type ({string.Join(", ", Enum.GetNames<EntityType>())}).");
        }

        var split = await DecideAsync(new CurationRequest(CurationKind.Split, entity, null, null, alias, analyst, note), cancellationToken).ConfigureAwait(false);
        if (type is null)
        {
            return [split];
        }

        var retype = CurationDecision.Create(
            CurationKind.Retype, split.Other ?? split.Entity, null, null, Enum.Parse<EntityType>(type, ignoreCase: true).ToString(), split.Analyst, note, split.At.AddTicks(1));
        await store.AddCurationAsync(retype, cancellationToken).ConfigureAwait(false);
        return [split, retype];
    }

    /// <summary>Lists the decisions in the order they apply, each with whether it applies now.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries.</returns>
    public async Task<IReadOnlyList<CurationEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var overlay = await store.GetOverlayAsync(cancellationToken).ConfigureAwait(false);
        return [.. overlay.Decisions.Select(d => new CurationEntry(d, overlay.Problems.GetValueOrDefault(d.Id)))];
    }

    /// <summary>Undoes a decision: the graph shows again what extraction (and the other decisions) say.</summary>
    /// <param name="id">The decision's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when there was such a decision.</returns>
    /// <exception cref="CurationException">The id is empty.</exception>
    public Task<bool> UndoAsync(string id, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(id)
            ? throw new CurationException("id", "A decision id is required (see 'curate list').")
            : store.RemoveCurationAsync(id.Trim(), cancellationToken);

    /// <summary>Writes every decision as one JSON object per line, in the order they apply.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of decisions written.</returns>
    public async Task<int> ExportAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var decisions = await store.GetCurationAsync(cancellationToken).ConfigureAwait(false);
        foreach (var decision in decisions)
        {
            await writer.WriteLineAsync(GraphJson.Serialize(decision).AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return decisions.Count;
    }

    /// <summary>Stores the decisions of a JSON Lines file, keeping their ids: importing twice changes nothing.</summary>
    /// <param name="reader">The lines.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What was added, what was there, what does not apply now, and which lines are not decisions.</returns>
    public async Task<CurationImportReport> ImportAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var (added, unchanged, rejected, ids) = (0, 0, new List<string>(), new HashSet<string>(StringComparer.Ordinal));
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (Parse(line, out var problem) is not { } decision)
            {
                rejected.Add($"line {number}: {problem}");
                continue;
            }

            ids.Add(decision.Id);
            if (await store.AddCurationAsync(decision, cancellationToken).ConfigureAwait(false))
            {
                added++;
            }
            else
            {
                unchanged++;
            }
        }

        var unresolved = (await ListAsync(cancellationToken).ConfigureAwait(false)).Where(e => !e.Applied && ids.Contains(e.Decision.Id)).ToArray();
        return new CurationImportReport(added, unchanged, unresolved, rejected);
    }

    private static CurationDecision? Parse(string line, out string problem)
    {
        try
        {
            var decision = JsonSerializer.Deserialize(line, GraphJson.TypeInfo<CurationDecision>());
            problem = decision is null ? "not a JSON object" : decision.Validate() ?? string.Empty;
            return problem.Length == 0 ? decision : null;
        }
        catch (JsonException ex)
        {
            problem = $"not a curation decision: {ex.Message.Split('.')[0]}";
            return null;
        }
    }

    private async Task<EntityKey> ResolveAsync(string parameter, string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new CurationException(parameter, $"'{parameter}' is required: an entity's name, alias or key.");
        }

        if (await store.FindEntityAsync(name, cancellationToken).ConfigureAwait(false) is { } entity)
        {
            return entity.Key;
        }

        var suggestions = await store.SearchEntitiesAsync(name, 3, cancellationToken).ConfigureAwait(false);
        var hint = suggestions.Count == 0 ? string.Empty : $" Did you mean {string.Join(", ", suggestions.Select(s => $"'{s.Name}'"))}?";
        throw new CurationException(parameter, $"No entity named '{name}' ({parameter}).{hint}");
    }

    /// <summary>The split alias must be one of the entity's now, not its name, and its key must be free.</summary>
    private async Task<EntityKey> CheckSplitAsync(EntityKey entity, string? alias, CancellationToken cancellationToken)
    {
        var normalized = EntityNames.Normalize(alias);
        if (normalized.Length == 0)
        {
            throw new CurationException("value", "'value' (the alias to split off) is required for split.");
        }

        var found = await store.GetEntitiesAsync([entity], cancellationToken).ConfigureAwait(false);
        var current = found.GetValueOrDefault(entity);
        if (current is null || !current.Aliases.Any(a => EntityNames.Normalize(a) == normalized))
        {
            throw new CurationException("value", $"'{alias}' is not an alias of '{current?.Name ?? entity.Value}'.");
        }

        if (EntityNames.Normalize(current.Name) == normalized)
        {
            throw new CurationException("value", $"'{alias}' is the canonical name of '{current.Name}'; rename it first, or split off another alias.");
        }

        var key = EntityKey.FromName(alias!);
        if ((await store.GetEntitiesAsync([key], cancellationToken).ConfigureAwait(false)).Count > 0 || (await store.Inner.GetEntitiesAsync([key], cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            throw new CurationException("value", $"There is an entity '{key.Value}' already; merge it or remove the alias instead.");
        }

        return key;
    }

    private static string ParameterOf(string problem) =>
        problem.StartsWith('\'') && problem.IndexOf('\'', 1) is > 1 and var end ? problem[1..end] : "request";
}
