using System.Text.Json;

namespace GraphExplorer.Api.Cypher;

/// <summary>An ad-hoc read-only Cypher statement with its limits.</summary>
/// <param name="Statement">The Cypher text; values belong in <paramref name="Parameters"/>, not in the text.</param>
/// <param name="Parameters">The statement's <c>$parameters</c>, as JSON values.</param>
/// <param name="MaxRows">The most rows to return; the runner stops reading past it.</param>
/// <param name="Timeout">How long the statement may run (the runner passes it to the database as the transaction timeout).</param>
public sealed record CypherQuery(string Statement, IReadOnlyDictionary<string, JsonElement> Parameters, int MaxRows, TimeSpan Timeout);
