using System.Text.Json;

namespace GraphExplorer.Storage.Neo4j.Queries;

/// <summary>
/// Reads an execution plan (<see cref="Neo4jQueryResult.Plan"/>) for what the statement would do. The Query API
/// reports no query type (Bolt's summary has <c>type</c>: r, rw, w, s; the Query API's answer has only the plan and,
/// on request, counters, which stay zero under <c>EXPLAIN</c>), so the plan's operators are the evidence: a read-only
/// plan ends in <c>ProduceResults</c> and holds no operator that creates, merges, sets, removes, deletes, loads CSV,
/// commits in batches, locks or runs a command.
/// </summary>
public static class Neo4jQueryPlan
{
    private static readonly string[] WritingOperatorPrefixes =
    [
        "Create", "Merge", "Delete", "DetachDelete", "Set", "Remove", "Foreach", "LoadCSV", "Transaction", "Lock", "EmptyResult",
        "Show", "Terminate", "Alter", "Drop", "Grant", "Deny", "Revoke", "Start", "Stop", "Enable", "Rename", "Command",
    ];

    /// <summary>Finds why a plan is not read-only.</summary>
    /// <param name="plan">The plan's root.</param>
    /// <returns>The reason (naming the operator), or null when the plan only reads.</returns>
    public static string? FindWrite(JsonElement plan)
    {
        if (plan.ValueKind != JsonValueKind.Object)
        {
            return "Neo4j returned no execution plan.";
        }

        var root = OperatorOf(plan);
        if (!string.Equals(root, "ProduceResults", StringComparison.Ordinal))
        {
            return $"the plan ends in {(root.Length == 0 ? "no operator" : root)}, not ProduceResults: the statement returns no rows of a read.";
        }

        var pending = new Stack<JsonElement>([plan]);
        while (pending.TryPop(out var node))
        {
            var name = OperatorOf(node);
            if (WritingOperatorPrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal)) is not null)
            {
                return $"the plan holds the operator {name}, which changes the database or reaches outside it.";
            }

            if (node.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in children.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object))
                {
                    pending.Push(child);
                }
            }
        }

        return null;
    }

    /// <summary>The operator's name without its runtime suffix (<c>ProduceResults@neo4j</c> → <c>ProduceResults</c>).</summary>
    private static string OperatorOf(JsonElement node)
    {
        var type = node.TryGetProperty("operatorType", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? string.Empty : string.Empty;
        var at = type.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? type : type[..at];
    }
}
