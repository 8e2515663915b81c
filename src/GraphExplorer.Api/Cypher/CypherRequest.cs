using System.Text.Json;

namespace GraphExplorer.Api.Cypher;

/// <summary>The body of <c>POST /api/cypher</c>.</summary>
/// <param name="Statement">The read-only Cypher statement.</param>
/// <param name="Parameters">Its <c>$parameters</c>.</param>
/// <param name="MaxRows">The most rows to return; <see cref="CypherOptions.DefaultRows"/> when absent.</param>
public sealed record CypherRequest(string? Statement, Dictionary<string, JsonElement>? Parameters, int? MaxRows);
