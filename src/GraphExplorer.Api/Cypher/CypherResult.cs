using System.Text.Json;

namespace GraphExplorer.Api.Cypher;

/// <summary>What an ad-hoc Cypher statement returned.</summary>
/// <param name="Columns">The column names, in order.</param>
/// <param name="Rows">The rows, each a value per column as JSON.</param>
/// <param name="Truncated">Whether rows past the limit were left out.</param>
public sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<JsonElement>> Rows, bool Truncated);
