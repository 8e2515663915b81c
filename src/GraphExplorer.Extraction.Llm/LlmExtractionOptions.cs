using System.ComponentModel.DataAnnotations;

namespace GraphExplorer.Extraction.Llm;

/// <summary>
/// How the model is reached. The endpoint, model and key come from the environment variables
/// <see cref="EndpointVariable"/>, <see cref="ModelVariable"/> and <see cref="ApiKeyVariable"/> (or the
/// <see cref="SectionName"/> section); the rest have defaults.
/// </summary>
public sealed class LlmExtractionOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Llm";

    /// <summary>The environment variable holding the OpenAI-compatible base URL, e.g. <c>http://localhost:11434/v1</c>.</summary>
    public const string EndpointVariable = "GRAPHEXPLORER_LLM_ENDPOINT";

    /// <summary>The environment variable naming the model, e.g. <c>qwen2.5:7b</c>.</summary>
    public const string ModelVariable = "GRAPHEXPLORER_LLM_MODEL";

    /// <summary>The environment variable holding the API key (any non-empty value for a local Ollama).</summary>
    public const string ApiKeyVariable = "GRAPHEXPLORER_LLM_API_KEY";

    /// <summary>The most sections in flight at once.</summary>
    public const int MaxConcurrencyLimit = 64;

    /// <summary>The most retries of one request.</summary>
    public const int MaxRetriesLimit = 10;

    /// <summary>The OpenAI-compatible base URL (requests go to <c>{Endpoint}/chat/completions</c>).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The model name sent with each request; also part of the cache key and of the report.</summary>
    public string? Model { get; set; }

    /// <summary>The API key. Never logged, never in an error message.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How many sections are sent at once.</summary>
    /// <value>The default value is 4.</value>
    [Range(1, MaxConcurrencyLimit)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>How many times a request is retried after a 429, a 5xx, a timeout or a dropped connection.</summary>
    /// <value>The default value is 4.</value>
    [Range(0, MaxRetriesLimit)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry's delay; each next one doubles it. A 429's <c>Retry-After</c> wins when present.</summary>
    /// <value>The default value is 2 seconds.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one attempt may take before it is abandoned and retried.</summary>
    /// <value>The default value is 2 minutes.</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The most body lines in one section; a longer section is cut, each part keeping its headings.</summary>
    /// <value>The default value is 40.</value>
    [Range(1, 1000)]
    public int MaxSectionLines { get; set; } = 40;

    /// <summary>The folder the answer cache lives in (the CLI uses the store's folder).</summary>
    public string? CacheFolder { get; set; }
}
