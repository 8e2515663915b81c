using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Extraction.Llm;

/// <summary>
/// Checks <see cref="LlmExtractionOptions"/> at start: the endpoint, model and key must be set (the message names the
/// environment variable, never the key's value), bounds hold, durations are positive.
/// </summary>
internal sealed class LlmExtractionOptionsValidator : IValidateOptions<LlmExtractionOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Endpoint is null)
        {
            failures.Add($"{LlmExtractionOptions.EndpointVariable} is not set: give the OpenAI-compatible base URL, e.g. http://localhost:11434/v1.");
        }
        else if (!options.Endpoint.IsAbsoluteUri || options.Endpoint.Scheme is not ("http" or "https"))
        {
            failures.Add($"{LlmExtractionOptions.EndpointVariable} must be an absolute http or https URL, not '{options.Endpoint}'.");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add($"{LlmExtractionOptions.ModelVariable} is not set: name the model, e.g. qwen2.5:7b.");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"{LlmExtractionOptions.ApiKeyVariable} is not set (any non-empty value for an endpoint without keys, such as Ollama).");
        }

        if (string.IsNullOrWhiteSpace(options.CacheFolder))
        {
            failures.Add($"{LlmExtractionOptions.SectionName}:{nameof(LlmExtractionOptions.CacheFolder)} is not set: the answer cache needs a folder.");
        }

        if (options.RetryDelay < TimeSpan.Zero)
        {
            failures.Add($"{LlmExtractionOptions.SectionName}:{nameof(LlmExtractionOptions.RetryDelay)} must not be negative.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{LlmExtractionOptions.SectionName}:{nameof(LlmExtractionOptions.AttemptTimeout)} must be positive.");
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            failures.AddRange(results.Select(r => $"{LlmExtractionOptions.SectionName}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
