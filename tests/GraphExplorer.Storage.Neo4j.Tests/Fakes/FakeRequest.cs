using System.Text.Json;

namespace GraphExplorer.Storage.Neo4j.Tests.Fakes;

/// <summary>What the fake Neo4j received.</summary>
internal sealed record FakeRequest(
    int Ordinal,
    FakeRequestKind Kind,
    string Method,
    string Path,
    string? TransactionId,
    string? Statement,
    JsonElement Parameters,
    string? Authorization,
    string? ClusterAffinity,
    string? ContentType,
    string? Accept,
    string Body)
{
    public string? StringParameter(string name) =>
        Parameters.ValueKind == JsonValueKind.Object && Parameters.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public IEnumerable<JsonElement> Rows(string name = "rows") =>
        Parameters.ValueKind == JsonValueKind.Object && Parameters.TryGetProperty(name, out var rows) && rows.ValueKind == JsonValueKind.Array
            ? rows.EnumerateArray()
            : [];
}

internal enum FakeRequestKind
{
    Query,
    Begin,
    Run,
    Commit,
    Rollback,
    Other,
}
