using GraphExplorer.Core.Entities;

namespace GraphExplorer.Core.Curation;

/// <summary>How a candidate pair is scored, and the name index the blocks come from.</summary>
public sealed partial class DuplicateFinder
{
    private static DuplicateSuggestion? Score(NameIndex index, Entity first, Entity second, Candidate candidate)
    {
        var signals = new List<(double Score, string Reason)>();
        if (candidate.Apposition is { } apposition)
        {
            signals.Add((first.Type == second.Type ? 0.9 : 0.6, $"named as one in an apposition: {apposition}"));
        }

        foreach (var a in Names(first))
        {
            foreach (var b in Names(second))
            {
                signals.AddRange(Compare(index, a, b));
            }
        }

        if (signals.Count == 0)
        {
            return null;
        }

        var ranked = signals.OrderByDescending(s => s.Score).ThenBy(s => s.Reason, StringComparer.Ordinal).DistinctBy(s => s.Reason).Take(3).ToList();
        var score = ranked[0].Score;
        if (candidate.SharedDocument is { } document)
        {
            score += 0.05;
            ranked.Add((0, $"both named in {document}"));
        }

        if (first.Type != second.Type)
        {
            score -= 0.1;
            ranked.Add((0, $"typed {first.Type} and {second.Type}"));
        }

        var (absorber, absorbed) = first.Aliases.Count > second.Aliases.Count
            || (first.Aliases.Count == second.Aliases.Count && first.Key.Value.Length <= second.Key.Value.Length) ? (first, second) : (second, first);
        return new DuplicateSuggestion(absorber.Key, absorber.Name, absorbed.Key, absorbed.Name, Math.Round(Math.Clamp(score, 0, 1), 3), [.. ranked.Select(r => r.Reason)]);
    }

    private static IEnumerable<(double Score, string Reason)> Compare(NameIndex index, NameForm a, NameForm b)
    {
        if (a.Normalized == b.Normalized)
        {
            yield return (0.97, $"one alias of both: '{a.Text}'");
            yield break;
        }

        if (a.Compact.Length >= 2 && a.Compact == b.Compact)
        {
            yield return (0.95, $"same name apart from spacing and punctuation: '{a.Text}' / '{b.Text}'");
            yield break;
        }

        if (DuplicateNames.IsVersionOf(a.Compact, a.Tokens, b.Compact, b.Tokens))
        {
            yield break;
        }

        if (Math.Min(a.Compact.Length, b.Compact.Length) >= 5 && !DuplicateNames.DiffersInAShortWord(a.Tokens, b.Tokens) && DuplicateNames.Similarity(a.Compact, b.Compact) is var similarity and >= 0.8)
        {
            yield return (0.5 + (0.4 * similarity), $"names {Math.Round(similarity * 100)}% alike by edit distance: '{a.Text}' / '{b.Text}'");
        }

        var (shorter, longer) = a.Tokens.Count <= b.Tokens.Count ? (a, b) : (b, a);
        if (shorter.Compact.Length >= 4 && DuplicateNames.IsPartOf(shorter.Tokens, longer.Tokens) && shorter.Tokens.All(index.IsDistinctive))
        {
            yield return (0.55, $"'{shorter.Text}' is part of '{longer.Text}'");
        }
    }

    private static IEnumerable<NameForm> Names(Entity entity) =>
        entity.Aliases.Prepend(entity.Name).Select(n => new NameForm(n)).Where(n => n.Normalized.Length > 0).DistinctBy(n => n.Normalized);

    /// <summary>One name of an entity in the forms compared.</summary>
    private sealed class NameForm(string text)
    {
        public string Text { get; } = text;

        public string Normalized { get; } = EntityNames.Normalize(text);

        public string Compact => field ??= DuplicateNames.Compact(Normalized);

        public IReadOnlyList<string> Tokens => field ??= DuplicateNames.Tokens(Normalized);
    }

    /// <summary>The entities, their names, and the blocks of names that share a compact form, a word or a compact prefix.</summary>
    private sealed class NameIndex
    {
        private readonly Dictionary<string, List<int>> _blocks = new(StringComparer.Ordinal);
        private readonly HashSet<string> _oversized = new(StringComparer.Ordinal);

        public List<Entity> Entities { get; } = [];

        public Dictionary<EntityKey, int> ByKey { get; } = [];

        public Dictionary<string, int> ByName { get; } = new(StringComparer.Ordinal);

        public void Add(Entity entity)
        {
            var at = Entities.Count;
            Entities.Add(entity);
            ByKey[entity.Key] = at;
            foreach (var name in Names(entity))
            {
                ByName.TryAdd(name.Normalized, at);
                Block("n:" + name.Normalized, at);
                Block("c:" + name.Compact, at);
                Block("p:" + name.Compact[..Math.Min(4, name.Compact.Length)], at);
                foreach (var token in name.Tokens.Where(t => t.Length >= 2))
                {
                    Block("t:" + token, at);
                }
            }
        }

        /// <summary>Whether a word is rare enough to tell entities apart (its block is not oversized).</summary>
        public bool IsDistinctive(string token) => !_oversized.Contains("t:" + token);

        public IEnumerable<(int A, int B)> BlockPairs()
        {
            var seen = new HashSet<(int, int)>();
            foreach (var members in _blocks.Values.Where(m => m.Count > 1))
            {
                for (var i = 0; i < members.Count; i++)
                {
                    for (var j = i + 1; j < members.Count; j++)
                    {
                        if (seen.Add((members[i], members[j])))
                        {
                            yield return (members[i], members[j]);
                        }
                    }
                }
            }
        }

        private void Block(string key, int at)
        {
            if (_oversized.Contains(key))
            {
                return;
            }

            if (!_blocks.TryGetValue(key, out var members))
            {
                _blocks[key] = members = [];
            }

            if (members.Count > 0 && members[^1] == at)
            {
                return;
            }

            members.Add(at);
            if (members.Count > MaxBlock)
            {
                _blocks.Remove(key);
                _oversized.Add(key);
            }
        }
    }
}
