namespace GraphExplorer.Core.Traversals;

/// <summary>
/// Items grouped by row as compressed sparse rows: row <c>r</c> holds <c>Values[Offsets[r]..Offsets[r + 1]]</c> (and the
/// same range of <see cref="Payloads"/>), in the order the items were given (a stable counting sort).
/// </summary>
/// <param name="Offsets">Per row, where its items start; one more entry than rows.</param>
/// <param name="Values">Each item's value, row after row.</param>
/// <param name="Payloads">Each item's payload, in the same places as its value.</param>
public sealed record CompressedRows(int[] Offsets, int[] Values, int[] Payloads)
{
    /// <summary>Groups items by row.</summary>
    /// <param name="rows">The number of rows; every entry of <paramref name="rowOf"/> is below it.</param>
    /// <param name="rowOf">Each item's row.</param>
    /// <param name="values">Each item's value.</param>
    /// <param name="payloads">Each item's payload.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentException">The three spans differ in length.</exception>
    public static CompressedRows Group(int rows, ReadOnlySpan<int> rowOf, ReadOnlySpan<int> values, ReadOnlySpan<int> payloads)
    {
        if (values.Length != rowOf.Length || payloads.Length != rowOf.Length)
        {
            throw new ArgumentException($"{rowOf.Length} row numbers, {values.Length} values and {payloads.Length} payloads: one of each per item.", nameof(values));
        }

        var offsets = new int[rows + 1];
        foreach (var row in rowOf)
        {
            offsets[row + 1]++;
        }

        for (var i = 0; i < rows; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var grouped = new int[rowOf.Length];
        var groupedPayloads = new int[rowOf.Length];
        var fill = offsets.AsSpan(0, rows).ToArray();
        for (var i = 0; i < rowOf.Length; i++)
        {
            var slot = fill[rowOf[i]]++;
            (grouped[slot], groupedPayloads[slot]) = (values[i], payloads[i]);
        }

        return new CompressedRows(offsets, grouped, groupedPayloads);
    }
}
