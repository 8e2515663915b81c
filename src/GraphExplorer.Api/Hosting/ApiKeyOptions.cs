namespace GraphExplorer.Api.Hosting;

/// <summary>The key that guards <c>POST /api/cypher</c> (and any endpoint marked with <c>RequireApiKey()</c>).</summary>
public sealed class ApiKeyOptions
{
    /// <summary>The configuration section: the key is <c>GraphExplorer:ApiKey</c> (environment <c>GraphExplorer__ApiKey</c>).</summary>
    public const string SectionName = "GraphExplorer";

    /// <summary>The request header that carries the key.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>The shortest key accepted: 16 characters.</summary>
    public const int MinimumLength = 16;

    /// <summary>Gets or sets the key callers must send in <see cref="HeaderName"/>.</summary>
    /// <value>The default value is <see langword="null"/>: guarded endpoints are disabled and answer 403 saying how to enable them.</value>
    public string? ApiKey { get; set; }
}
