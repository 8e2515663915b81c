using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Traversals;

/// <summary>
/// The one order of a traversal's rows, shared by every traversal engine so that every store answers alike.
/// Rows are <em>chosen</em> by count (rankings, highest first), then hops, then how they depend (compute, built-on,
/// developed), then name and key, and cut at the limit; the rows kept are then <em>listed</em> by count, then how they
/// depend, then hops, name and key. So <c>dependents-of NVIDIA</c> lists who depends on NVIDIA through compute and
/// built-on before NVIDIA's own products. Choosing hop by hop keeps the cut valid for a breadth-first walk that stops
/// once a hop has reached the limit.
/// </summary>
public static class TraversalRowOrder
{
    /// <summary>How a row depends on the start entity, for traversals that group by dependence.</summary>
    /// <param name="definition">The traversal.</param>
    /// <param name="firstEdge">The type of the first edge of the row's path, if it has one.</param>
    /// <returns>The dependence, or <see langword="null"/> when the traversal does not group by it or the path is empty.</returns>
    public static Dependence? DependenceOf(TraversalDefinition definition, RelationshipType? firstEdge)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!definition.GroupsByDependence)
        {
            return null;
        }

        return firstEdge switch
        {
            RelationshipType.SuppliesComputeTo => Dependence.Compute,
            RelationshipType.BuiltOn => Dependence.BuiltOn,
            RelationshipType.Develops => Dependence.Developed,
            _ => null,
        };
    }

    /// <summary>Chooses the first <paramref name="limit"/> rows and lists them in the shared order.</summary>
    /// <typeparam name="T">An engine's row (found path, row read from a store).</typeparam>
    /// <param name="rows">Every row the walk found.</param>
    /// <param name="keyOf">The row's sort key.</param>
    /// <param name="limit">The most rows to keep.</param>
    /// <returns>The rows kept, in listing order.</returns>
    public static IReadOnlyList<T> CutAndOrder<T>(IEnumerable<T> rows, Func<T, RowOrderKey> keyOf, int limit)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(keyOf);
        var keyed = rows.Select(r => (Row: r, Key: keyOf(r))).ToArray();
        return keyed
            .OrderByDescending(r => r.Key.Count ?? 0)
            .ThenBy(r => r.Key.Hops)
            .ThenBy(r => Rank(r.Key.Dependence))
            .ThenBy(r => r.Key.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Key.Key, StringComparer.Ordinal)
            .Take(limit)
            .OrderByDescending(r => r.Key.Count ?? 0)
            .ThenBy(r => Rank(r.Key.Dependence))
            .ThenBy(r => r.Key.Hops)
            .ThenBy(r => r.Key.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Key.Key, StringComparer.Ordinal)
            .Select(r => r.Row)
            .ToArray();
    }

    private static int Rank(Dependence? dependence) => dependence is { } d ? (int)d : int.MaxValue;
}
