namespace GraphExplorer.Api.Tests.Hosting;

/// <summary>Headers only a real Kestrel adds (or, here, must not add).</summary>
public sealed class KestrelHeadersTests(SeededKestrelApiFactory factory) : IClassFixture<SeededKestrelApiFactory>
{
    [Fact]
    public async Task Kestrel_Answers_WithoutAServerHeader()
    {
        using var client = factory.CreateLoopbackClient();

        using var response = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode);
        Assert.False(response.Headers.Contains("Server"), string.Join(", ", response.Headers.Select(h => h.Key)));
    }
}
