namespace GraphExplorer.Api.Cypher.Screening;

/// <summary>What <see cref="CypherReadOnlyScreen"/> decided.</summary>
/// <param name="Refusal">Why the statement is refused, naming the word and offset; null when it is accepted.</param>
/// <param name="Procedures">The procedures an accepted statement calls (all on <see cref="CypherReadProcedures.Procedures"/>).</param>
internal sealed record CypherScreenResult(string? Refusal, IReadOnlyList<string> Procedures)
{
    /// <summary>Whether the statement may run.</summary>
    public bool IsAccepted => Refusal is null;

    /// <summary>A refusal.</summary>
    public static CypherScreenResult Refuse(string reason) => new(reason, []);
}
