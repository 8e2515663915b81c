using System.Text.Json.Serialization;

namespace GraphExplorer.Storage.Neo4j.Queries;

/// <summary>The Query API's request body: the statement and its parameters, never values spliced into the text.</summary>
/// <param name="Statement">The Cypher statement.</param>
/// <param name="Parameters">Its parameters.</param>
/// <param name="AccessMode"><c>Read</c> for a read transaction; null for the default (write).</param>
internal sealed record QueryRequest(
    [property: JsonPropertyName("statement")] string Statement,
    [property: JsonPropertyName("parameters"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, object?>? Parameters,
    [property: JsonPropertyName("accessMode"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AccessMode = null);
