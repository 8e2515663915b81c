using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Curation;

/// <summary>
/// Ranks entity pairs that may be one entity. Names are blocked by their compact form, their words (cut where the
/// script changes) and the first letters of their compact form; only pairs within a block are compared, and a block
/// larger than <see cref="MaxBlock"/> (a word as common as "ai") is skipped, so the work stays near linear in the
/// entities. Signals: one alias for both; the same name apart from spacing and punctuation; a small normalised edit
/// distance; one name's words all in the other's (the shared Latin part, "Azure" in "Microsoft Azure"); an apposition
/// "X（Y）" in an evidence quote naming both; and, as a boost, both named in one document. Pairs an analyst dismissed
/// (<see cref="CurationKind.DismissDuplicate"/>) are never suggested again.
/// </summary>
/// <param name="store">The curated store: suggestions are over the graph as curated so far.</param>
public sealed partial class DuplicateFinder(CuratedGraphStore store)
{
    /// <summary>The largest block compared pair by pair.</summary>
    public const int MaxBlock = 48;

    /// <summary>The lowest score suggested.</summary>
    public const double MinScore = 0.5;

    /// <summary>Suggests the likeliest duplicates.</summary>
    /// <param name="limit">The most pairs to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pairs, likeliest first.</returns>
    public async Task<IReadOnlyList<DuplicateSuggestion>> SuggestAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var overlay = await store.GetOverlayAsync(cancellationToken).ConfigureAwait(false);
        var dismissed = overlay.Decisions.Where(d => d.Kind is CurationKind.DismissDuplicate && d.Other is not null)
            .Select(d => Pair(overlay.Map(d.Entity), overlay.Map(d.Other!.Value))).ToHashSet();
        var index = new NameIndex();
        await foreach (var entity in store.ReadAllEntitiesAsync(cancellationToken).ConfigureAwait(false))
        {
            index.Add(entity);
        }

        var candidates = new Dictionary<(int, int), Candidate>();
        foreach (var (a, b) in index.BlockPairs())
        {
            candidates.TryAdd((a, b), new Candidate());
        }

        await ScanEvidenceAsync(overlay, index, candidates, cancellationToken).ConfigureAwait(false);
        var suggestions = new List<DuplicateSuggestion>();
        foreach (var ((a, b), candidate) in candidates)
        {
            var (first, second) = (index.Entities[a], index.Entities[b]);
            if (!dismissed.Contains(Pair(first.Key, second.Key)) && Score(index, first, second, candidate) is { } suggestion && suggestion.Score >= MinScore)
            {
                suggestions.Add(suggestion);
            }
        }

        return [.. suggestions.OrderByDescending(s => s.Score).ThenBy(s => s.Entity.Value, StringComparer.Ordinal).ThenBy(s => s.Other.Value, StringComparer.Ordinal).Take(limit)];
    }

    private static (EntityKey, EntityKey) Pair(EntityKey a, EntityKey b) => string.CompareOrdinal(a.Value, b.Value) <= 0 ? (a, b) : (b, a);

    /// <summary>Streams the extracted evidence once: appositions naming two entities, and which documents name the candidates.</summary>
    private async Task ScanEvidenceAsync(
        CurationOverlay overlay, NameIndex index, Dictionary<(int, int), Candidate> candidates, CancellationToken cancellationToken)
    {
        var inCandidates = candidates.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).ToHashSet();
        var documents = new Dictionary<int, HashSet<string>>();
        await foreach (var relationship in store.Inner.ReadAllRelationshipsAsync(cancellationToken).ConfigureAwait(false))
        {
            var ends = new[] { overlay.Map(relationship.Source), overlay.Map(relationship.Target) }
                .Select(k => index.ByKey.TryGetValue(k, out var i) ? i : -1).Where(inCandidates.Contains).ToArray();
            foreach (var evidence in relationship.Evidence)
            {
                foreach (var end in ends)
                {
                    (documents.TryGetValue(end, out var set) ? set : documents[end] = []).Add(evidence.Document);
                }

                foreach (var (a, b, text) in Appositions(index, evidence))
                {
                    var key = a < b ? (a, b) : (b, a);
                    if (!candidates.TryGetValue(key, out var candidate))
                    {
                        candidates[key] = candidate = new Candidate();
                    }

                    candidate.Apposition ??= text;
                }
            }
        }

        foreach (var ((a, b), candidate) in candidates)
        {
            if (documents.TryGetValue(a, out var first) && documents.TryGetValue(b, out var second))
            {
                candidate.SharedDocument = first.Intersect(second).Order(StringComparer.Ordinal).FirstOrDefault();
            }
        }
    }

    /// <summary>"X（Y）" or "X (Y)" in a quote where X ends with one entity's name and Y is another's.</summary>
    private static IEnumerable<(int A, int B, string Text)> Appositions(NameIndex index, Evidence evidence)
    {
        var text = EntityNames.Normalize(evidence.Quote);
        for (var open = text.IndexOf('('); open > 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open + 1);
            if (close < 0 || close - open > 41)
            {
                continue;
            }

            var inner = text[(open + 1)..close].Trim();
            if (inner.IndexOfAny([',', ';', '、', '，', '/']) >= 0)
            {
                continue;
            }

            var before = text[..open].TrimEnd();
            if (!index.ByName.TryGetValue(inner, out var y))
            {
                continue;
            }

            for (var length = Math.Min(before.Length, 40); length >= 2; length--)
            {
                if (index.ByName.TryGetValue(before[^length..].TrimStart('*', ' ', '"', '“', '「'), out var x) && x != y)
                {
                    yield return (x, y, $"'{evidence.Quote.Trim()}' ({evidence.Document}:{evidence.Line})");
                    break;
                }
            }
        }
    }

    /// <summary>What the evidence scan found for a pair.</summary>
    private sealed class Candidate
    {
        public string? Apposition { get; set; }

        public string? SharedDocument { get; set; }
    }
}
