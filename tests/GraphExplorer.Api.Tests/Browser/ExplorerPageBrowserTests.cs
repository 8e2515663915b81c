using Microsoft.Playwright;

namespace GraphExplorer.Api.Tests.Browser;

/// <summary>The explorer page used as a person would: in headless Chromium, over HTTP, offline.</summary>
public sealed class ExplorerPageBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const float TimeoutMs = 15_000;

    private async Task<IPage> OpenAsync(string path = "")
    {
        Assert.SkipUnless(fixture.IsAvailable, fixture.SkipReason);
        var page = await fixture.NewPageAsync();
        page.SetDefaultTimeout(TimeoutMs);
        await page.GotoAsync(new Uri(fixture.Server.BaseAddress, path).ToString());
        return page;
    }

    [Fact]
    public async Task Explore_SearchChineseAliasAndRunDependentsOf_ShowsRowsWithEvidenceAndDrawsTheGraph()
    {
        // Given: the page, and "英伟达" typed into the search box
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
        await page.Locator("#results-table tbody tr").First.WaitForAsync();

        // Then: rows with paths and doc:line evidence, and the same entities drawn as a graph
        Assert.Equal("NVIDIA", await page.InputValueAsync("#entity-input"));
        var rows = await page.Locator("#results-table tbody tr").AllInnerTextsAsync();
        Assert.Contains(rows, r => r.Contains("OpenAI", StringComparison.Ordinal) && r.Contains("sample/industry-notes.md:3", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("GitHub Copilot", StringComparison.Ordinal));
        var drawnNodes = await page.EvaluateAsync<int>("() => window.explorer.cy.nodes().length");
        var drawnEdges = await page.EvaluateAsync<int>("() => window.explorer.cy.edges().length");
        Assert.Equal(rows.Count + 1, drawnNodes);
        Assert.True(drawnEdges >= rows.Count, $"{drawnEdges} edges for {rows.Count} rows");
        Assert.True(await page.EvaluateAsync<bool>("() => window.explorer.cy.nodes().every(n => n.renderedPosition().x > 0 && n.renderedPosition().y > 0)"));
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
        await page.Locator("#results-table tbody tr").First.WaitForAsync();
        Assert.True(await page.Locator("#results-table tbody tr").CountAsync() > 0);
    }

    [Fact]
    public async Task MarketMap_DrawsTheThreeLayersAndExportsSvg()
    {
        // Given
        var page = await OpenAsync();

        // When
        await page.ClickAsync("#tab-map");
        await page.Locator("#market-map svg .band-label").First.WaitForAsync();

        // Then: the layers as bands in order, players inside categories, coloured edges with a legend
        Assert.Equal(["基础层", "中间层", "应用层"], await page.Locator("#market-map svg .band-label").AllTextContentsAsync());
        var categories = await page.Locator("#market-map svg .category-label").AllTextContentsAsync();
        Assert.Contains("云计算巨头", categories);
        Assert.Contains("向量数据库", categories);
        Assert.True(await page.Locator("#market-map svg .pill").CountAsync() >= 20);
        var edgeColours = await page.EvaluateAsync<string[]>("() => [...new Set([...document.querySelectorAll('#market-map svg .edge')].map(e => e.getAttribute('stroke')))]");
        Assert.True(edgeColours.Length >= 3, string.Join(", ", edgeColours));
        await fixture.ScreenshotAsync(page, "03-market-map");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-svg"));
        var svgPath = Path.Combine(fixture.ArtifactsDirectory, "market-map.svg");
        await download.SaveAsAsync(svgPath);
        var svg = await File.ReadAllTextAsync(svgPath, TestContext.Current.CancellationToken);
        Assert.Equal("market-map.svg", download.SuggestedFilename);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("基础层", svg, StringComparison.Ordinal);
        Assert.Contains("NVIDIA", svg, StringComparison.Ordinal);
        Assert.Empty(fixture.ExternalRequests);
    }

    [Fact]
    public async Task MarketMap_UncheckingARelationshipType_HidesItsEdges()
    {
        var page = await OpenAsync();
        await page.ClickAsync("#tab-map");
        await page.Locator("#market-map svg .band-label").First.WaitForAsync();
        var before = await page.Locator("#market-map svg .edge[data-type='COMPETES_WITH']").CountAsync();

        await page.Locator("#map-legend input[data-type='COMPETES_WITH']").UncheckAsync();

        Assert.True(before > 0);
        Assert.Equal(0, await page.Locator("#market-map svg .edge[data-type='COMPETES_WITH']").CountAsync());
    }

    [Fact]
    public async Task ApiReference_RendersTheOperationsOffline()
    {
        var page = await OpenAsync("api/docs/");

        await page.GetByText("Run a named traversal").First.WaitForAsync();
        await page.GetByText("GraphExplorer API").First.WaitForAsync();

        await fixture.ScreenshotAsync(page, "04-api-reference");
        Assert.Empty(fixture.ExternalRequests);
    }
}
