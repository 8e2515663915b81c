using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Storage.Sqlite.ReadModel;

/// <summary>
/// One relationship type's edges in one direction as compressed sparse rows: the neighbours of entity <c>i</c> are
/// <c>Neighbors[Offsets[i]..Offsets[i + 1]]</c>, in ascending entity number (so in ordinal key order).
/// </summary>
/// <param name="Offsets">Per entity, where its neighbours start; one more entry than entities.</param>
/// <param name="Neighbors">The neighbours, entity after entity.</param>
/// <param name="EdgeIndexes">Per neighbour entry, the edge's index in the <see cref="EdgeList"/>.</param>
internal sealed record Adjacency(int[] Offsets, int[] Neighbors, int[] EdgeIndexes)
{
    /// <summary>The index in the <see cref="EdgeList"/> of the edge from <paramref name="node"/> to <paramref name="neighbor"/>, or -1.</summary>
    /// <param name="node">The row's entity.</param>
    /// <param name="neighbor">The other entity.</param>
    /// <returns>The edge's index, or -1 when there is no such edge.</returns>
    public int EdgeIndexOf(int node, int neighbor)
    {
        var found = Of(node).BinarySearch(neighbor);
        return found < 0 ? -1 : EdgeIndexes[Offsets[node] + found];
    }

    /// <summary>The neighbours of entity <paramref name="node"/>.</summary>
    /// <param name="node">The entity's number.</param>
    /// <returns>Its neighbours, ascending.</returns>
    public ReadOnlySpan<int> Of(int node) => Neighbors.AsSpan(Offsets[node], Offsets[node + 1] - Offsets[node]);

    /// <summary>Builds the rows from edge endpoints.</summary>
    /// <param name="nodes">The number of entities.</param>
    /// <param name="from">Each edge's entity whose row it goes in.</param>
    /// <param name="to">Each edge's other entity.</param>
    /// <param name="indexes">Each edge's index in the <see cref="EdgeList"/>.</param>
    /// <param name="count">How many entries of <paramref name="from"/> and <paramref name="to"/> are edges.</param>
    /// <returns>The adjacency.</returns>
    public static Adjacency Build(int nodes, int[] from, int[] to, int[] indexes, int count)
    {
        var (offsets, neighbors, edgeIndexes) = CompressedRows.Group(nodes, from.AsSpan(0, count), to.AsSpan(0, count), indexes.AsSpan(0, count));

        // Each row in ascending neighbour number, its edge indexes moved with it.
        for (var i = 0; i < nodes; i++)
        {
            var length = offsets[i + 1] - offsets[i];
            if (length > 1)
            {
                neighbors.AsSpan(offsets[i], length).Sort(edgeIndexes.AsSpan(offsets[i], length));
            }
        }

        return new Adjacency(offsets, neighbors, edgeIndexes);
    }

    /// <summary>The bytes the arrays take.</summary>
    public long Bytes => (Offsets.LongLength + Neighbors.LongLength + EdgeIndexes.LongLength) * sizeof(int);
}
