using System.Net;
using GraphExplorer.Storage.Neo4j;
using GraphExplorer.Storage.Neo4j.Queries;
using GraphExplorer.Storage.Sqlite;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GraphExplorer.Cli;

/// <summary>
/// The failures a command reports as one line and exit code 1 (a store or file that cannot be used, bad configuration,
/// Neo4j unreachable or refusing), each with its cause; anything else is a bug and is left to crash loudly.
/// </summary>
internal static class CliFailures
{
    /// <summary>The one-line reason for <paramref name="exception"/>, or null when it is not an expected failure.</summary>
    /// <param name="exception">What a command threw.</param>
    /// <returns>The reason, one line, credentials redacted; null for unexpected exceptions.</returns>
    public static string? Describe(Exception exception)
    {
        var reason = exception switch
        {
            OptionsValidationException ex => $"Invalid configuration: {ex.Message}",
            HttpRequestException { StatusCode: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden } ex =>
                $"Neo4j refused the credentials ({(int)ex.StatusCode}): set NEO4J_USER and NEO4J_PASSWORD. {ex.Message}",
            HttpRequestException ex => $"Neo4j could not be reached: {ex.Message}",
            Neo4jQueryException { Code: var code } ex when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) =>
                $"Neo4j refused the credentials: set NEO4J_USER and NEO4J_PASSWORD ({ex.Message}).",
            Neo4jQueryException ex => $"Neo4j refused the request: {ex.Message}",
            TimeoutRejectedException => "Neo4j did not answer in time (after retries).",
            BrokenCircuitException => "Neo4j failed repeatedly; the client stopped trying (circuit open).",
            UriFormatException ex => $"A URI is malformed: {ex.Message}",
            IOException or UnauthorizedAccessException or InvalidOperationException or NotSupportedException or InvalidDataException or SqliteGraphStoreException => exception.Message,
            _ => null,
        };
        return reason is null ? null : Neo4jUris.Redact(string.Join(' ', reason.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));
    }
}
