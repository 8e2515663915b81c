using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Storage.Sqlite.ReadModel;

/// <summary>Every edge as parallel arrays of entity numbers, types and store ids, in the order the store wrote them.</summary>
/// <param name="Ids">The edges' row ids in the store (what evidence refers to), ascending.</param>
/// <param name="Sources">Source entity numbers.</param>
/// <param name="Types">Relationship types.</param>
/// <param name="Targets">Target entity numbers.</param>
/// <param name="Count">How many entries are edges.</param>
internal sealed record EdgeList(long[] Ids, int[] Sources, RelationshipType[] Types, int[] Targets, int Count)
{
    /// <summary>The bytes the arrays take.</summary>
    public long Bytes => (Ids.LongLength * sizeof(long)) + (Sources.LongLength * sizeof(int)) + (Types.LongLength * sizeof(int)) + (Targets.LongLength * sizeof(int));
}
