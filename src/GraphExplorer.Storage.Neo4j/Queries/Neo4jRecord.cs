using System.Text.Json;

namespace GraphExplorer.Storage.Neo4j.Queries;

/// <summary>One row of a query's result: its values by field name, as the Query API's plain JSON gives them.</summary>
public sealed class Neo4jRecord
{
    private readonly IReadOnlyDictionary<string, int> _fieldIndex;

    internal Neo4jRecord(IReadOnlyDictionary<string, int> fieldIndex, IReadOnlyList<JsonElement> values)
    {
        _fieldIndex = fieldIndex;
        Values = values;
    }

    /// <summary>The values in field order.</summary>
    public IReadOnlyList<JsonElement> Values { get; }

    /// <summary>Gets the value of a field.</summary>
    /// <param name="field">The field's name, as the statement's <c>RETURN</c> spells it.</param>
    /// <returns>The value; <see cref="JsonValueKind.Null"/> for a Cypher <c>null</c>.</returns>
    /// <exception cref="KeyNotFoundException">The result has no such field.</exception>
    public JsonElement this[string field] => _fieldIndex.TryGetValue(field, out var index)
        ? Values[index]
        : throw new KeyNotFoundException($"The result has no field '{field}'.");

    /// <summary>Gets the value of a field the result may not have.</summary>
    /// <param name="field">The field's name.</param>
    /// <param name="value">The value, when the field exists.</param>
    /// <returns><see langword="true"/> when the result has the field.</returns>
    public bool TryGet(string field, out JsonElement value)
    {
        var found = _fieldIndex.TryGetValue(field, out var index);
        value = found ? Values[index] : default;
        return found;
    }
}
