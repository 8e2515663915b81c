namespace GraphExplorer.Extraction.Llm.Tests;

public sealed class LlmExtractionOptionsValidatorTests
{
    [Fact]
    public void Validate_NothingSet_NamesEveryMissingVariable()
    {
        var result = new LlmExtractionOptionsValidator().Validate(null, new LlmExtractionOptions { CacheFolder = "/tmp" });

        Assert.True(result.Failed);
        Assert.Contains(LlmExtractionOptions.EndpointVariable, result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(LlmExtractionOptions.ModelVariable, result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(LlmExtractionOptions.ApiKeyVariable, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EndpointNotHttp_FailsWithoutShowingTheKey()
    {
        var options = new LlmExtractionOptions { Endpoint = new Uri("ftp://models.example/v1"), Model = "m", ApiKey = "sk-very-secret", CacheFolder = "/tmp" };

        var result = new LlmExtractionOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("absolute http or https URL", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-very-secret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ConcurrencyOutOfRange_NamesTheOption()
    {
        var options = new LlmExtractionOptions { Endpoint = new Uri("http://localhost:11434/v1"), Model = "m", ApiKey = "k", CacheFolder = "/tmp", MaxConcurrency = 0 };

        var result = new LlmExtractionOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(nameof(LlmExtractionOptions.MaxConcurrency), result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AllSet_Succeeds()
    {
        var options = new LlmExtractionOptions { Endpoint = new Uri("http://localhost:11434/v1"), Model = "qwen2.5:7b", ApiKey = "ollama", CacheFolder = "/tmp" };

        Assert.True(new LlmExtractionOptionsValidator().Validate(null, options).Succeeded);
    }
}
