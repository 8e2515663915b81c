using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using GraphExplorer.Core.Serialization;
using GraphExplorer.Core.Traversals;
using Microsoft.Playwright;

namespace GraphExplorer.Api.Tests.Browser;

/// <summary>
/// The explorer page used as a person would: in headless Chromium, over HTTP, offline, on the store ingested from
/// <c>seeds/</c>. What the page should show is read from the API, not listed here.
/// </summary>
public sealed class ExplorerPageBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<T> GetJsonAsync<T>(string path, JsonSerializerOptions? options = null)
    {
        Assert.SkipUnless(fixture.IsAvailable, fixture.SkipReason);
        using var client = fixture.Server.CreateLoopbackClient();
        var value = await client.GetFromJsonAsync<T>(path, options ?? JsonSerializerOptions.Web, Token);
        Assert.NotNull(value);
        return value;
    }

    /// <summary>What the market map must show at least, from <c>/api/graph</c>: every player a document puts in a layer, and the edge types among them.</summary>
    private async Task<ExpectedMap> ExpectedMapAsync()
    {
        var graph = await GetJsonAsync<JsonElement>("/api/graph");
        var nodes = graph.GetProperty("nodes").EnumerateArray().ToArray();
        var layered = nodes.Where(n => n.GetProperty("layer").ValueKind == JsonValueKind.String).ToArray();
        var keys = layered.Select(n => n.GetProperty("key").GetString()!).ToHashSet(StringComparer.Ordinal);
        var edgeTypes = graph.GetProperty("edges").EnumerateArray()
            .Where(e => keys.Contains(e.GetProperty("source").GetString()!) && keys.Contains(e.GetProperty("target").GetString()!)
                && e.GetProperty("source").GetString() != e.GetProperty("target").GetString())
            .Select(e => e.GetProperty("type").GetString()!)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        var categorised = nodes.Count(n => n.GetProperty("category").ValueKind == JsonValueKind.String);
        return new ExpectedMap(keys.Order(StringComparer.Ordinal).ToArray(), layered.Select(n => n.GetProperty("name").GetString()!).ToArray(), edgeTypes, nodes.Length, categorised);
    }

    private sealed record ExpectedMap(string[] LayeredPlayers, string[] LayeredNames, string[] EdgeTypes, int Entities, int Categorised);

    private async Task<IPage> OpenAsync(string path = "")
    {
        Assert.SkipUnless(fixture.IsAvailable, fixture.SkipReason);
        var page = await fixture.NewPageAsync();
        page.SetDefaultTimeout(BrowserFixture.ActionTimeoutMs);
        await page.GotoAsync(new Uri(fixture.Server.BaseAddress, path).ToString());
        return page;
    }

    [Fact]
    public async Task Explore_SearchChineseAliasAndRunDependentsOf_ShowsTheApiRowsWithEvidenceAndDrawsTheirGraph()
    {
        // Given: what the API answers on the seeded store, the page, and "英伟达" typed into the search box
        var expected = await GetJsonAsync<TraversalResult>("/api/traversals/dependents-of?entity=NVIDIA", GraphJson.Options);
        Assert.NotEmpty(expected.Rows);
        var page = await OpenAsync();
        await page.WaitForSelectorAsync("#traversal-select option[value='dependents-of']", new() { State = WaitForSelectorState.Attached });
        await page.FillAsync("#entity-input", "英伟达");
        var suggestion = page.Locator("#suggestions .suggestion").First;
        await suggestion.WaitForAsync();
        Assert.StartsWith("NVIDIA", await suggestion.InnerTextAsync(), StringComparison.Ordinal);
        await fixture.ScreenshotAsync(page, "01-search-suggestions");

        // When: the suggestion is chosen and dependents-of is run
        await suggestion.ClickAsync();
        await page.SelectOptionAsync("#traversal-select", "dependents-of");
        await page.ClickAsync("#run-button");
        await page.Locator("#results-table tbody tr.row").First.WaitForAsync();

        // Then: the API's rows in order, each with its entity and its first mentions' doc:line evidence
        Assert.Equal("NVIDIA", await page.InputValueAsync("#entity-input"));
        Assert.True(await page.Locator("#suggestions").IsHiddenAsync());
        var rows = await page.Locator("#results-table tbody tr.row").AllInnerTextsAsync();
        Assert.Equal(expected.Rows.Count, rows.Count);
        var explained = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, text) in expected.Rows.Zip(rows))
        {
            Assert.Contains(row.Entity.Name, text, StringComparison.Ordinal);
            foreach (var step in row.Path)
            {
                if (!explained.Add($"{step.SourceKey}|{step.Type}|{step.TargetKey}"))
                {
                    // An edge an earlier row explains: its evidence is folded ("evidence as above"), not repeated.
                    Assert.Contains("evidence as above", text, StringComparison.Ordinal);
                    continue;
                }

                Assert.All(step.Evidence.Take(3), e => Assert.Contains($"{e.Document}:{e.Line}", text, StringComparison.Ordinal));
                if (step.EvidenceCount > 3)
                {
                    Assert.Contains($"+{step.EvidenceCount - 3} more", text, StringComparison.Ordinal);
                }
            }
        }

        // And: the rows' entities and path edges drawn as a graph, every node inside the view
        var expectedNodes = expected.Rows.SelectMany(r => r.Path.SelectMany(s => new[] { s.SourceKey, s.TargetKey }).Append(r.Entity.Key))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var expectedEdges = expected.Rows.SelectMany(r => r.Path).Select(s => $"{s.SourceKey}|{s.Type}|{s.TargetKey}")
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var drawnNodes = await page.EvaluateAsync<string[]>("() => window.explorer.cy.nodes().not('.group').map(n => n.id())");
        var drawnEdges = await page.EvaluateAsync<string[]>("() => window.explorer.cy.edges().filter(e => !e.data('meta')).map(e => e.id())");
        Assert.Equal(expectedNodes, drawnNodes.Order(StringComparer.Ordinal));
        Assert.Equal(expectedEdges, drawnEdges.Order(StringComparer.Ordinal));
        Assert.True(await page.EvaluateAsync<bool>(
            "() => { const cy = window.explorer.cy; return cy.nodes(':visible').every(n => { const p = n.renderedPosition(); return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height(); }); }"));
        await fixture.ScreenshotAsync(page, "02-dependents-of-nvidia");
        Assert.Empty(fixture.ExternalRequests);
    }

    [Fact]
    public async Task Explore_UnknownEntity_ShowsTheProblemWithClickableSuggestions()
    {
        var page = await OpenAsync();
        await page.WaitForSelectorAsync("#traversal-select option[value='dependents-of']", new() { State = WaitForSelectorState.Attached });

        await page.FillAsync("#entity-input", "Nvidai");
        await page.ClickAsync("#run-button");
        await page.Locator("#status.error a").First.WaitForAsync();

        Assert.Contains("No entity is named 'Nvidai'", await page.InnerTextAsync("#status"), StringComparison.Ordinal);
        await page.Locator("#status.error a", new() { HasText = "NVIDIA" }).ClickAsync();
        await page.Locator("#results-table tbody tr.row").First.WaitForAsync();
        Assert.True(await page.Locator("#results-table tbody tr.row").CountAsync() > 0);
        Assert.Equal(0, await page.Locator("#status").GetByText("Did you mean").CountAsync());
    }

    [Fact]
    public async Task MarketMap_DrawsTheSeedsLayersCategoriesPlayersAndColouredEdgesAndExportsSvg()
    {
        // Given: the whole graph as the API gives it to the map
        var map = await ExpectedMapAsync();
        var page = await OpenAsync();

        // When
        await page.ClickAsync("#tab-map");
        await page.Locator("#market-map svg .band-label").First.WaitForAsync();

        // Then: the layers as bands in order, then the categories no document put in a layer
        Assert.Equal(["基础层", "中间层", "应用层", "其他分类Othercategories"],
            (await page.Locator("#market-map svg .band-label").AllTextContentsAsync()).Select(t => t.Replace(" ", "", StringComparison.Ordinal)));
        var pills = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#market-map svg .pill')].map(p => p.dataset.key)");
        Assert.Equal(pills.Length, pills.Distinct(StringComparer.Ordinal).Count());
        Assert.Subset(pills.ToHashSet(StringComparer.Ordinal), map.LayeredPlayers.ToHashSet(StringComparer.Ordinal));
        Assert.True(pills.Length > map.LayeredPlayers.Length, $"{pills.Length} placed, {map.LayeredPlayers.Length} with a layer: players of the other documents are placed too");
        var names = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#market-map svg .pill text')].map(t => t.textContent)");
        Assert.Contains(names, n => n.Any(c => c >= '\u4e00' && c <= '\u9fff'));

        // And: headings that are not categories are left out, and the unplaced are a compact list per type
        var categories = await page.Locator("#market-map svg .category-label").AllTextContentsAsync();
        Assert.DoesNotContain("原因", categories);
        Assert.DoesNotContain("总结", categories);
        Assert.DoesNotContain(categories, c => c.Contains('的', StringComparison.Ordinal));
        var unplaced = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('#unplaced details summary')].map(s => +s.textContent.match(/\\((\\d+)\\)/)[1])");
        Assert.Equal(map.Entities, unplaced.Sum() + pills.Length);
        Assert.InRange(unplaced.Length, 1, 3);

        // And: edges only between placed players, coloured by type
        var edgeTypes = await page.EvaluateAsync<string[]>("() => [...new Set([...document.querySelectorAll('#market-map svg .edge')].map(e => e.dataset.type))]");
        Assert.Subset(edgeTypes.ToHashSet(StringComparer.Ordinal), map.EdgeTypes.ToHashSet(StringComparer.Ordinal));
        var edgeColours = await page.EvaluateAsync<string[]>("() => [...new Set([...document.querySelectorAll('#market-map svg .edge')].map(e => e.getAttribute('stroke')))]");
        Assert.Equal(edgeTypes.Length, edgeColours.Length);
        Assert.True(await page.EvaluateAsync<bool>(
            "() => { const keys = new Set([...document.querySelectorAll('#market-map svg .pill')].map(p => p.dataset.key)); return [...document.querySelectorAll('#market-map svg .edge')].every(e => keys.has(e.dataset.source) && keys.has(e.dataset.target)); }"));
        await page.Locator("#market-map").ScrollIntoViewIfNeededAsync();
        await fixture.ScreenshotAsync(page, "03-market-map");
        await page.Locator("#market-map svg").ScreenshotAsync(new() { Path = Path.Combine(fixture.ArtifactsDirectory, "03-market-map-full.png") });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-svg"));
        var svgPath = Path.Combine(fixture.ArtifactsDirectory, "market-map.svg");
        await download.SaveAsAsync(svgPath);
        var svg = XDocument.Load(svgPath);
        Assert.Equal("market-map.svg", download.SuggestedFilename);
        Assert.Equal("svg", svg.Root?.Name.LocalName);
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(texts, categories.Concat(map.LayeredNames).Append("基础层").ToHashSet(StringComparer.Ordinal));
        Assert.Empty(fixture.ExternalRequests);
    }

    [Fact]
    public async Task MarketMap_UncheckingARelationshipType_HidesOnlyItsEdges()
    {
        var map = await ExpectedMapAsync();
        var type = map.EdgeTypes.First();
        var page = await OpenAsync();
        await page.ClickAsync("#tab-map");
        await page.Locator("#market-map svg .band-label").First.WaitForAsync();
        var before = await page.Locator($"#market-map svg .edge[data-type='{type}']").CountAsync();
        var others = await page.Locator($"#market-map svg .edge:not([data-type='{type}'])").CountAsync();

        await page.Locator($"#map-legend input[data-type='{type}']").UncheckAsync();

        Assert.True(before > 0);
        Assert.Equal(0, await page.Locator($"#market-map svg .edge[data-type='{type}']").CountAsync());
        Assert.Equal(others, await page.Locator("#market-map svg .edge").CountAsync());
    }

    [Fact]
    public async Task ApiReference_RendersTheOperationsOffline()
    {
        var page = await OpenAsync("api/docs/");

        await page.GetByText("Run a named traversal").First.WaitForAsync();
        await page.GetByText("GraphExplorer API").First.WaitForAsync();

        await fixture.ScreenshotAsync(page, "04-api-reference");
        foreach (var hosted in new[] { "Ask AI", "Deploy", "Generate SDK" })
        {
            Assert.Equal(0, await page.GetByText(hosted, new() { Exact = true }).CountAsync());
        }

        Assert.Empty(fixture.ExternalRequests);
    }
}
