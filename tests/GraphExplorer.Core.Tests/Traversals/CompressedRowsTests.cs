using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Core.Tests.Traversals;

public sealed class CompressedRowsTests
{
    [Fact]
    public void Group_ItemsInAnyRowOrder_GroupsThemByRowKeepingTheirOrderWithinARow()
    {
        int[] rowOf = [2, 0, 2, 3, 0, 2];
        int[] values = [10, 11, 12, 13, 14, 15];
        int[] payloads = [0, 1, 2, 3, 4, 5];

        var rows = CompressedRows.Group(5, rowOf, values, payloads);

        Assert.Equal([0, 2, 2, 5, 6, 6], rows.Offsets);
        Assert.Equal([11, 14, 10, 12, 15, 13], rows.Values);
        Assert.Equal([1, 4, 0, 2, 5, 3], rows.Payloads);
    }

    [Fact]
    public void Group_NoItems_GivesEmptyRows()
    {
        var rows = CompressedRows.Group(3, [], [], []);

        Assert.Equal([0, 0, 0, 0], rows.Offsets);
        Assert.Empty(rows.Values);
    }

    [Fact]
    public void Group_SpansOfDifferentLengths_ThrowsSayingSo()
    {
        var error = Assert.Throws<ArgumentException>(() => CompressedRows.Group(2, [0, 1], [5], [0, 1]));

        Assert.Contains("2 row numbers, 1 values and 2 payloads", error.Message, StringComparison.Ordinal);
    }
}
