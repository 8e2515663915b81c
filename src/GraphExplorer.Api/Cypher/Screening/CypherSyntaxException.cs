namespace GraphExplorer.Api.Cypher.Screening;

/// <summary>The statement cannot be read as Cypher (an unterminated string or comment, a bad escape, a stray character).</summary>
/// <param name="message">What is wrong, with the offset.</param>
/// <param name="offset">Where, in UTF-16 code units of the statement as sent.</param>
internal sealed class CypherSyntaxException(string message, int offset) : Exception(message)
{
    /// <summary>Where the problem is.</summary>
    public int Offset { get; } = offset;
}
