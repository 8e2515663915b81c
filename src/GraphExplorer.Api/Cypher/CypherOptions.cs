using System.ComponentModel.DataAnnotations;

namespace GraphExplorer.Api.Cypher;

/// <summary>The limits of <c>POST /api/cypher</c>, bound from <c>GraphExplorer:Cypher</c>.</summary>
public sealed class CypherOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "GraphExplorer:Cypher";

    /// <summary>The largest request body accepted, in bytes.</summary>
    /// <value>The default value is 65 536 (64 KiB).</value>
    [Range(1024, 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The longest statement accepted, in characters.</summary>
    /// <value>The default value is 10 000.</value>
    [Range(100, 100_000)]
    public int MaxStatementLength { get; set; } = 10_000;

    /// <summary>The rows returned when the request gives no <c>maxRows</c>.</summary>
    /// <value>The default value is 100.</value>
    [Range(1, 10_000)]
    public int DefaultRows { get; set; } = 100;

    /// <summary>The most rows a request may ask for.</summary>
    /// <value>The default value is 1 000.</value>
    [Range(1, 10_000)]
    public int MaxRows { get; set; } = 1000;

    /// <summary>How long a statement may run.</summary>
    /// <value>The default value is 10 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
