namespace GraphExplorer.Storage.Sqlite.ReadModel;

/// <summary>
/// One relationship type's edges in one direction as compressed sparse rows: the neighbours of entity <c>i</c> are
/// <c>Neighbors[Offsets[i]..Offsets[i + 1]]</c>, in ascending entity number (so in ordinal key order).
/// </summary>
/// <param name="Offsets">Per entity, where its neighbours start; one more entry than entities.</param>
/// <param name="Neighbors">The neighbours, entity after entity.</param>
internal sealed record Adjacency(int[] Offsets, int[] Neighbors)
{
    /// <summary>The neighbours of entity <paramref name="node"/>.</summary>
    /// <param name="node">The entity's number.</param>
    /// <returns>Its neighbours, ascending.</returns>
    public ReadOnlySpan<int> Of(int node) => Neighbors.AsSpan(Offsets[node], Offsets[node + 1] - Offsets[node]);

    /// <summary>Builds the rows from edge endpoints.</summary>
    /// <param name="nodes">The number of entities.</param>
    /// <param name="from">Each edge's entity whose row it goes in.</param>
    /// <param name="to">Each edge's other entity.</param>
    /// <param name="count">How many entries of <paramref name="from"/> and <paramref name="to"/> are edges.</param>
    /// <returns>The adjacency.</returns>
    public static Adjacency Build(int nodes, int[] from, int[] to, int count)
    {
        var offsets = new int[nodes + 1];
        for (var i = 0; i < count; i++)
        {
            offsets[from[i] + 1]++;
        }

        for (var i = 0; i < nodes; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var neighbors = new int[count];
        var fill = offsets.AsSpan(0, nodes).ToArray();
        for (var i = 0; i < count; i++)
        {
            neighbors[fill[from[i]]++] = to[i];
        }

        for (var i = 0; i < nodes; i++)
        {
            neighbors.AsSpan(offsets[i], offsets[i + 1] - offsets[i]).Sort();
        }

        return new Adjacency(offsets, neighbors);
    }

    /// <summary>The bytes the arrays take.</summary>
    public long Bytes => (Offsets.LongLength + Neighbors.LongLength) * sizeof(int);
}
