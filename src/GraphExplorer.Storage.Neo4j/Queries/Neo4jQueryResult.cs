using System.Text.Json;

namespace GraphExplorer.Storage.Neo4j.Queries;

/// <summary>What a statement returned: <c>data.fields</c>, <c>data.values</c> and the bookmarks of a committed write.</summary>
public sealed class Neo4jQueryResult
{
    internal static readonly Neo4jQueryResult Empty = new([], [], []);

    internal Neo4jQueryResult(IReadOnlyList<string> fields, IReadOnlyList<Neo4jRecord> records, IReadOnlyList<string> bookmarks, JsonElement? plan = null)
    {
        Fields = fields;
        Records = records;
        Bookmarks = bookmarks;
        Plan = plan;
    }

    /// <summary>
    /// The execution plan of an <c>EXPLAIN</c> (<c>queryPlan</c>) or <c>PROFILE</c> (<c>profiledQueryPlan</c>)
    /// statement: a tree of <c>{operatorType, arguments, identifiers, children}</c>; null for other statements.
    /// </summary>
    public JsonElement? Plan { get; }

    /// <summary>The returned fields, in order.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The rows.</summary>
    public IReadOnlyList<Neo4jRecord> Records { get; }

    /// <summary>The bookmarks Neo4j returned (causal consistency tokens), if any.</summary>
    public IReadOnlyList<string> Bookmarks { get; }

    internal static Neo4jQueryResult Parse(JsonElement root)
    {
        var bookmarks = root.TryGetProperty("bookmarks", out var marks) && marks.ValueKind == JsonValueKind.Array
            ? marks.EnumerateArray().Select(m => m.GetString() ?? string.Empty).ToArray()
            : [];
        JsonElement? plan = root.TryGetProperty("queryPlan", out var p) || root.TryGetProperty("profiledQueryPlan", out p)
            ? p.Clone()
            : null;
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return new Neo4jQueryResult([], [], bookmarks, plan);
        }

        var fields = data.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array
            ? f.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToArray()
            : [];
        var index = fields.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        var records = data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().Select(row => new Neo4jRecord(index, row.EnumerateArray().Select(v => v.Clone()).ToArray())).ToArray()
            : [];
        return new Neo4jQueryResult(fields, records, bookmarks, plan);
    }
}
