using System.Net;
using System.Net.Http.Json;
using GraphExplorer.Core.Serialization;
using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Api.Tests.Endpoints;

/// <summary>
/// The traversal endpoint over the store ingested from <c>seeds/</c>: what it answers is checked against the
/// definition of dependence, the seed files themselves and the traversal service, never against a list of
/// expected extraction results.
/// </summary>
public sealed class SeededTraversalTests(SeededApiFactory factory) : IClassFixture<SeededApiFactory>
{
    private static readonly string DependentsOfNvidia = "/api/traversals/dependents-of?entity=" + Uri.EscapeDataString("英伟达");

    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<TraversalResult> GetDependentsOfNvidiaAsync()
    {
        var result = await _client.GetFromJsonAsync<TraversalResult>(DependentsOfNvidia, GraphJson.Options, Token);
        Assert.NotNull(result);
        Assert.NotEmpty(result.Rows);
        return result;
    }

    [Fact]
    public async Task RunTraversal_DependentsOfChineseAlias_EveryPathWalksDependenceEdgesFromNvidiaToTheRow()
    {
        var result = await GetDependentsOfNvidiaAsync();

        Assert.Equal("NVIDIA", result.Parameters.Entity);
        Assert.Equal(result.Rows.Count, result.Rows.Select(r => r.Entity.Key).Distinct(StringComparer.Ordinal).Count());
        foreach (var row in result.Rows)
        {
            Assert.Equal(row.Hops, row.Path.Count);
            var at = "nvidia";
            foreach (var step in row.Path)
            {
                // A depends on B when A BUILT_ON B, B SUPPLIES_COMPUTE_TO A or B DEVELOPS A: walk from B to A.
                switch (step.Type)
                {
                    case "BUILT_ON":
                        Assert.Equal(at, step.TargetKey);
                        at = step.SourceKey;
                        break;
                    case "SUPPLIES_COMPUTE_TO" or "DEVELOPS":
                        Assert.Equal(at, step.SourceKey);
                        at = step.TargetKey;
                        break;
                    default:
                        Assert.Fail($"{row.Entity.Name}: {step.Source} -{step.Type}-> {step.Target} is not a dependence edge.");
                        break;
                }

                Assert.NotEmpty(step.Evidence);
            }

            Assert.Equal(row.Entity.Key, at);
        }
    }

    [Fact]
    public async Task RunTraversal_DependentsOfNvidia_EveryEvidenceQuoteIsOnItsSeedLine()
    {
        var result = await GetDependentsOfNvidiaAsync();

        var evidence = result.Rows.SelectMany(r => r.Path).SelectMany(s => s.Evidence).ToArray();
        Assert.NotEmpty(evidence);
        foreach (var e in evidence)
        {
            var line = factory.Seeded.SeedLine(e.Document, e.Line);
            Assert.True(line is not null && line.Contains(e.Quote, StringComparison.Ordinal), $"{e.Document}:{e.Line} does not hold \"{e.Quote}\"; it reads \"{line}\".");
        }
    }

    [Theory]
    [InlineData("dependents-of", "英伟达")]
    [InlineData("neighborhood", "NVIDIA")]
    [InlineData("most-depended-on", null)]
    public async Task RunTraversal_Body_IsByteForByteTheServiceResultAsTheCliPrintsIt(string traversal, string? entity)
    {
        // Given: what `query <traversal> <entity> --format json` prints: the service over the same store file, through GraphJson
        var service = new GraphTraversalService(factory.Seeded.Store, new TraversalCatalogue());
        var expected = GraphJson.Serialize(await service.ExecuteAsync(new TraversalRequest(traversal, entity), Token));
        var url = $"/api/traversals/{traversal}" + (entity is null ? string.Empty : "?entity=" + Uri.EscapeDataString(entity));

        // When
        using var response = await _client.GetAsync(url, Token);

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync(Token));
        Assert.Contains("\"rows\":[{", expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunTraversal_UnknownEntity_Is404SuggestingSeededEntities()
    {
        using var response = await _client.GetAsync("/api/traversals/dependents-of?entity=Nvidai", Token);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "entity");
        var suggestions = problem.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()!).ToArray();
        Assert.Equal("NVIDIA", suggestions.First());
        foreach (var suggestion in suggestions)
        {
            Assert.NotNull(await factory.Seeded.Store.FindEntityAsync(suggestion, Token));
        }
    }
}
