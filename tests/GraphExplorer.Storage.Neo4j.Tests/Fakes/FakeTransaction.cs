namespace GraphExplorer.Storage.Neo4j.Tests.Fakes;

/// <summary>An explicit transaction as the fake Neo4j saw it: the statements run in it, in order.</summary>
internal sealed class FakeTransaction(string id)
{
    public string Id { get; } = id;

    public List<FakeRequest> Statements { get; } = [];

    /// <summary>The document a store write was about (its <c>write-document</c> or <c>detach-*</c> statement's <c>$doc</c>).</summary>
    public string? Document => Statements.Select(s => s.StringParameter("doc")).FirstOrDefault(d => d is not null);
}
