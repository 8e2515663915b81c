using System.Diagnostics.CodeAnalysis;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Core.Traversals;

/// <summary>The named traversals GraphExplorer answers: the product's core, shared by the CLI and the HTTP API.</summary>
public sealed class TraversalCatalogue
{
    /// <summary>The rows a traversal returns when no limit is given.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The largest limit accepted.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The longest entity name accepted, in characters.</summary>
    public const int MaxEntityNameLength = 200;

    /// <summary>
    /// The steps that define dependence: A depends on B when A BUILT_ON B, when B SUPPLIES_COMPUTE_TO A, or
    /// when B DEVELOPS A. Read from B's side: these lead from a base to its dependents.
    /// </summary>
    public static IReadOnlyList<TraversalStep> DependentSteps { get; } =
    [
        new(RelationshipType.BuiltOn, EdgeDirection.Incoming),
        new(RelationshipType.SuppliesComputeTo, EdgeDirection.Outgoing),
        new(RelationshipType.Develops, EdgeDirection.Outgoing),
    ];

    private readonly Dictionary<string, TraversalDefinition> _byName;

    /// <summary>Initializes the catalogue.</summary>
    public TraversalCatalogue()
    {
        var dependencySteps = DependentSteps.Select(s => s with { Direction = Reverse(s.Direction) }).ToArray();
        All =
        [
            Reach("dependents-of", "Who depends on X, directly and transitively (built on it, supplied compute by it, developed by it).", DependentSteps, 4, 6) with { GroupsByDependence = true },
            Reach("dependencies-of", "What X depends on, directly and transitively (what it is built on, who supplies its compute, who develops it).", dependencySteps, 4, 6) with { GroupsByDependence = true },
            Reach("investors-of", "Who invests in X (with --depth 2, who invests in its investors too).", [new(RelationshipType.InvestsIn, EdgeDirection.Incoming)], 1, 4),
            Reach("portfolio-of", "What X invests in (with --depth 2, what those invest in too).", [new(RelationshipType.InvestsIn, EdgeDirection.Outgoing)], 1, 4),
            Reach("competitors-of", "Who competes with X.", [new(RelationshipType.CompetesWith, EdgeDirection.Both)], 1, 3),
            Reach("compute-suppliers-of", "Who supplies compute to X.", [new(RelationshipType.SuppliesComputeTo, EdgeDirection.Incoming)], 1, 3),
            Reach("compute-customers-of", "Who X supplies compute to.", [new(RelationshipType.SuppliesComputeTo, EdgeDirection.Outgoing)], 1, 3),
            Reach("developed-by", "The models and products X develops.", [new(RelationshipType.Develops, EdgeDirection.Outgoing)], 1, 3),
            new(
                "path-between",
                "The shortest paths linking X to another entity (--to), over any relationship in either direction.",
                TraversalKind.ShortestPaths,
                [],
                [EntityParameter(), ToParameter(), DepthParameter(4), LimitParameter(), EvidenceParameter()],
                4,
                6),
            Reach(
                "neighborhood",
                "Everything within --depth hops of X, over any relationship in either direction.",
                RelationshipTypes.All.Select(t => new TraversalStep(t, EdgeDirection.Both)).ToArray(),
                1,
                3),
            new(
                "most-depended-on",
                "Entities ranked by how many entities transitively depend on them: the market's chokepoints.",
                TraversalKind.DependencyRanking,
                DependentSteps,
                [DepthParameter(4), new(TraversalParameterNames.Limit, "The most rows to return.", false, "20"), EvidenceParameter()],
                4,
                6),
            new(
                "evidence",
                "Every relationship directly between X and another entity (--to), a page of its quotes at a time (--offset, --limit).",
                TraversalKind.EdgesBetween,
                [],
                [EntityParameter(), ToParameter(), OffsetParameter(), new(TraversalParameterNames.Limit, "The most quotes per relationship.", false, DefaultLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                1,
                1),
        ];
        _byName = All.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every traversal, in the order the CLI lists them.</summary>
    public IReadOnlyList<TraversalDefinition> All { get; }

    /// <summary>Looks up a traversal by name (case-insensitive).</summary>
    /// <param name="name">The traversal's name.</param>
    /// <param name="definition">The traversal, when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public bool TryGet(string? name, [NotNullWhen(true)] out TraversalDefinition? definition)
    {
        definition = null;
        return name is not null && _byName.TryGetValue(name.Trim(), out definition);
    }

    private static TraversalDefinition Reach(string name, string description, IReadOnlyList<TraversalStep> steps, int defaultDepth, int maxDepth) =>
        new(name, description, TraversalKind.Reach, steps, [EntityParameter(), DepthParameter(defaultDepth), LimitParameter(), EvidenceParameter()], defaultDepth, maxDepth);

    private static TraversalParameter EntityParameter() =>
        new(TraversalParameterNames.Entity, "The start entity: any name or alias, Chinese or English, any case.", true);

    private static TraversalParameter ToParameter() =>
        new(TraversalParameterNames.To, "The other entity: any name or alias.", true);

    private static TraversalParameter DepthParameter(int defaultDepth) =>
        new(TraversalParameterNames.Depth, "How many hops to follow.", false, defaultDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static TraversalParameter LimitParameter() =>
        new(TraversalParameterNames.Limit, "The most rows to return.", false, DefaultLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static TraversalParameter EvidenceParameter() =>
        new(TraversalParameterNames.Evidence, "The quotes each path step carries (its total is always given).", false, EvidenceWindow.DefaultLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static TraversalParameter OffsetParameter() =>
        new(TraversalParameterNames.Offset, "The first quote to return, from 0.", false, "0");

    private static EdgeDirection Reverse(EdgeDirection direction) => direction switch
    {
        EdgeDirection.Outgoing => EdgeDirection.Incoming,
        EdgeDirection.Incoming => EdgeDirection.Outgoing,
        _ => EdgeDirection.Both,
    };
}
