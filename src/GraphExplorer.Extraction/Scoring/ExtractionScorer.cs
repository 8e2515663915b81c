using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Scoring;

/// <summary>
/// Compares a graph with gold relations, at the level of distinct edges over the whole corpus: a gold edge
/// (source, type, target) is found when some predicted edge of the same type joins entities that match its
/// endpoints, wherever either was stated (document and line need not agree: the graph holds one edge per triple).
/// A predicted entity matches a gold entity when any of its name and aliases equals any of the gold entity's name and
/// aliases, compared case-, width- and space-insensitively (<see cref="EntityNames.Normalize"/>, spaces removed).
/// <see cref="RelationshipType.CompetesWith"/> matches in either direction.
/// </summary>
public static class ExtractionScorer
{
    /// <summary>Scores a graph against gold data.</summary>
    /// <param name="entities">The graph's entities (names and aliases).</param>
    /// <param name="relationships">The graph's relationships.</param>
    /// <param name="goldRelations">The gold relations.</param>
    /// <param name="goldEntities">The gold entities, whose aliases link names; may be empty.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ScoreReport Score(
        IEnumerable<Entity> entities,
        IEnumerable<Relationship> relationships,
        IEnumerable<GoldRelation> goldRelations,
        IEnumerable<GoldEntity> goldEntities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(relationships);
        ArgumentNullException.ThrowIfNull(goldRelations);
        ArgumentNullException.ThrowIfNull(goldEntities);

        var gold = goldRelations.ToList();
        var goldIndex = BuildGoldIndex(goldEntities, gold);
        var goldEdges = new Dictionary<(string, RelationshipType, string), GoldRelation>();
        foreach (var relation in gold)
        {
            goldEdges.TryAdd(Orient(GoldName(relation.Source, goldIndex), relation.Type, GoldName(relation.Target, goldIndex)), relation);
        }

        var entityByKey = new Dictionary<EntityKey, Entity>();
        foreach (var entity in entities)
        {
            entityByKey.TryAdd(entity.Key, entity);
        }

        var predicted = new Dictionary<GraphEdge, Relationship>();
        foreach (var relationship in relationships)
        {
            var (source, target) = GraphEdge.Orient(relationship.Source, relationship.Type, relationship.Target);
            predicted.TryAdd(new GraphEdge(source, relationship.Type, target), relationship);
        }

        var found = new HashSet<(string, RelationshipType, string)>();
        var correct = new HashSet<GraphEdge>();
        foreach (var (edge, _) in predicted)
        {
            foreach (var source in Matches(edge.Source, entityByKey, goldIndex))
            {
                foreach (var target in Matches(edge.Target, entityByKey, goldIndex))
                {
                    var triple = Orient(source, edge.Type, target);
                    if (goldEdges.ContainsKey(triple))
                    {
                        found.Add(triple);
                        correct.Add(edge);
                    }
                }
            }
        }

        var byType = RelationshipTypes.All.ToDictionary(
            type => type,
            type => new TypeScore(
                type,
                predicted.Keys.Count(e => e.Type == type),
                goldEdges.Keys.Count(g => g.Item2 == type),
                correct.Count(e => e.Type == type),
                found.Count(g => g.Item2 == type)));
        var overall = new TypeScore(null, predicted.Count, goldEdges.Count, correct.Count, found.Count);

        var missed = goldEdges
            .Where(g => !found.Contains(g.Key))
            .Select(g => new ScoredRelation(g.Key.Item2, g.Value.Source, g.Value.Target, g.Value.Document, g.Value.Line, g.Value.Quote))
            .OrderBy(r => r.Type).ThenBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Target, StringComparer.Ordinal)
            .ToList();
        var spurious = predicted
            .Where(p => !correct.Contains(p.Key))
            .Select(p => Describe(p.Value, entityByKey))
            .OrderBy(r => r.Type).ThenBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Target, StringComparer.Ordinal)
            .ToList();
        return new ScoreReport(overall, byType, missed, spurious, ScoreEntities(entityByKey.Values, goldEntities));
    }

    /// <summary>Which gold entities some node matches (any name or alias against any gold name or alias), and with which type.</summary>
    private static EntityScore ScoreEntities(IEnumerable<Entity> entities, IEnumerable<GoldEntity> goldEntities)
    {
        var byName = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var name in entity.Aliases.Prepend(entity.Name))
            {
                byName.TryAdd(MatchKey(name), entity);
            }
        }

        var counts = new Dictionary<EntityType, (int Gold, int Found, int TypedRight)>();
        var missed = new List<string>();
        var mistyped = new List<(string, EntityType, EntityType)>();
        foreach (var gold in goldEntities.DistinctBy(g => g.Name))
        {
            var match = gold.Aliases.Prepend(gold.Name)
                .Select(name => byName.GetValueOrDefault(MatchKey(name)))
                .FirstOrDefault(e => e is not null);
            var (g, f, t) = counts.GetValueOrDefault(gold.Type);
            if (match is null)
            {
                missed.Add(gold.Name);
                counts[gold.Type] = (g + 1, f, t);
                continue;
            }

            var right = match.Type == gold.Type;
            counts[gold.Type] = (g + 1, f + 1, t + (right ? 1 : 0));
            if (!right)
            {
                mistyped.Add((gold.Name, gold.Type, match.Type));
            }
        }

        missed.Sort(StringComparer.Ordinal);
        return new EntityScore(
            counts.Values.Sum(c => c.Gold), counts.Values.Sum(c => c.Found), counts.Values.Sum(c => c.TypedRight), counts, missed, mistyped);
    }

    /// <summary>The comparison form of a name: normalised (<see cref="EntityNames.Normalize"/>) without spaces.</summary>
    /// <param name="name">A name or alias.</param>
    /// <returns>The comparison key.</returns>
    public static string MatchKey(string? name) => EntityNames.Normalize(name).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static Dictionary<string, HashSet<string>> BuildGoldIndex(IEnumerable<GoldEntity> goldEntities, List<GoldRelation> gold)
    {
        var index = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Link(string alias, string canonical)
        {
            var key = MatchKey(alias);
            if (key.Length == 0)
            {
                return;
            }

            if (!index.TryGetValue(key, out var names))
            {
                index[key] = names = new HashSet<string>(StringComparer.Ordinal);
            }

            names.Add(canonical);
        }

        foreach (var entity in goldEntities)
        {
            Link(entity.Name, entity.Name);
            foreach (var alias in entity.Aliases)
            {
                Link(alias, entity.Name);
            }
        }

        foreach (var relation in gold)
        {
            if (!index.ContainsKey(MatchKey(relation.Source)))
            {
                Link(relation.Source, relation.Source);
            }

            if (!index.ContainsKey(MatchKey(relation.Target)))
            {
                Link(relation.Target, relation.Target);
            }
        }

        return index;
    }

    private static string GoldName(string name, Dictionary<string, HashSet<string>> index) =>
        index.TryGetValue(MatchKey(name), out var names) && names.Contains(name) ? name : names?.FirstOrDefault() ?? name;

    private static HashSet<string> Matches(EntityKey key, Dictionary<EntityKey, Entity> entities, Dictionary<string, HashSet<string>> goldIndex)
    {
        var names = new List<string> { key.Value, key.Value.Replace('-', ' ') };
        if (entities.TryGetValue(key, out var entity))
        {
            names.Add(entity.Name);
            names.AddRange(entity.Aliases);
        }

        var matches = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (goldIndex.TryGetValue(MatchKey(name), out var gold))
            {
                matches.UnionWith(gold);
            }
        }

        return matches;
    }

    private static (string, RelationshipType, string) Orient(string source, RelationshipType type, string target) =>
        type.IsSymmetric() && string.CompareOrdinal(source, target) > 0 ? (target, type, source) : (source, type, target);

    private static ScoredRelation Describe(Relationship relationship, Dictionary<EntityKey, Entity> entities)
    {
        string Name(EntityKey key) => entities.TryGetValue(key, out var entity) ? entity.Name : key.Value;
        var evidence = relationship.Evidence.Count > 0 ? relationship.Evidence[0] : null;
        return new ScoredRelation(relationship.Type, Name(relationship.Source), Name(relationship.Target), evidence?.Document, evidence?.Line ?? 0, evidence?.Quote);
    }
}
