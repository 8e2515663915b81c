using System.Net;

namespace GraphExplorer.Storage.Neo4j.Queries;

/// <summary>
/// Neo4j refused a request: the Query API answered with <c>errors[].code</c> and <c>errors[].message</c>.
/// Codes name their class, as the official drivers' <c>Neo4jException</c> does: <c>Neo.ClientError.*</c> (fix the
/// request), <c>Neo.TransientError.*</c> (try again), <c>Neo.DatabaseError.*</c> (the server failed).
/// </summary>
public sealed class Neo4jQueryException : Exception
{
    /// <summary>The prefix of the codes that a retry may cure (deadlocks, leader switches, memory pressure).</summary>
    public const string TransientErrorPrefix = "Neo.TransientError.";

    /// <summary>The code Neo4j answers for a transaction it no longer has (expired, rolled back, or on another server).</summary>
    public const string TransactionNotFoundCode = "Neo.ClientError.Transaction.TransactionNotFound";

    /// <summary>Initializes a new instance.</summary>
    /// <param name="code">The Neo4j status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</param>
    /// <param name="message">Neo4j's message.</param>
    /// <param name="statusCode">The HTTP status of the response that carried the error.</param>
    public Neo4jQueryException(string code, string message, HttpStatusCode? statusCode = null)
        : base($"{code}: {message}")
    {
        Code = code;
        StatusCode = statusCode;
    }

    /// <summary>The Neo4j status code, e.g. <c>Neo.TransientError.Transaction.DeadlockDetected</c>.</summary>
    public string Code { get; }

    /// <summary>The HTTP status of the response that carried the error, if any.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Whether the same request may succeed when tried again (a <c>Neo.TransientError.*</c> code).</summary>
    public bool IsTransient => Code.StartsWith(TransientErrorPrefix, StringComparison.Ordinal);
}
