namespace GraphExplorer.Api.Cypher;

/// <summary>The database refused an ad-hoc statement; the API answers 400 with the code and message.</summary>
/// <param name="code">The database's error code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</param>
/// <param name="message">The database's explanation.</param>
public sealed class CypherRejectedException(string code, string message) : Exception(message)
{
    /// <summary>The database's error code.</summary>
    public string Code { get; } = code;
}
