using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Core.Serialization;
using GraphExplorer.Core.Traversals;
using Microsoft.Playwright;

namespace GraphExplorer.Api.Tests.Browser;

/// <summary>
/// An analyst's walk through the explorer in headless Chromium: a dependence answer grouped by how, a customer expanded,
/// an edge's evidence read, the view shared by its URL and reached again with the back button, a large neighbourhood
/// laid out readably, and exports of the current answer. What the page should show is read from the API.
/// </summary>
public sealed class ExplorerWalkBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<TraversalResult> AnswerAsync(string query)
    {
        Assert.SkipUnless(fixture.IsAvailable, fixture.SkipReason);
        using var client = fixture.Server.CreateLoopbackClient();
        var value = await client.GetFromJsonAsync<TraversalResult>("/api/traversals/" + query, GraphJson.Options, Token);
        Assert.NotNull(value);
        return value;
    }

    private async Task<IPage> OpenAsync(string path = "")
    {
        Assert.SkipUnless(fixture.IsAvailable, fixture.SkipReason);
        var page = await fixture.NewPageAsync();
        page.SetDefaultTimeout(BrowserFixture.ActionTimeoutMs);
        await page.GotoAsync(new Uri(fixture.Server.BaseAddress, path).ToString());
        await page.WaitForSelectorAsync("body[data-loaded='true']", new() { State = WaitForSelectorState.Attached });
        return page;
    }

    private static Task<string[]> RowNamesAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#results-table tr.row')].map(r => r.dataset.key)");

    private static Task<string[]> VisibleNodesAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => window.explorer.cy.nodes(':visible').map(n => n.id()).sort()");

    [Fact]
    public async Task Walk_DependentsGroupedExpandEdgeEvidenceShareAndBack_EachStepShowsTheApisAnswer()
    {
        // Given: who depends on Google (谷歌), as the API answers it: compute customers first, then its own products
        var expected = await AnswerAsync("dependents-of?entity=Google");
        var groups = expected.Rows.Select(r => r.Dependence).Distinct().ToArray();
        Assert.True(groups.Length >= 2, "the seeds give Google compute customers and products");
        var page = await OpenAsync();

        // When: 谷歌 is searched and dependents-of run
        await page.FillAsync("#entity-input", "谷歌");
        await page.Locator("#suggestions .suggestion").First.WaitForAsync();
        await page.Locator("#suggestions .suggestion").First.ClickAsync();
        await page.ClickAsync("#run-button");
        await page.WaitForSelectorAsync("body[data-state='ready'] #results-table tr.row");

        // Then: the rows in the API's order, under one heading per dependence, and the large group folded in the graph
        Assert.Equal(expected.Rows.Select(r => r.Entity.Key), await RowNamesAsync(page));
        var headings = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#results-table tr.group-header')].map(r => r.dataset.dependence)");
        Assert.Equal(groups.Select(g => JsonSerializer.Serialize(g, GraphJson.Options).Trim('"')), headings);
        var developed = expected.Rows.Count(r => r.Dependence == Dependence.Developed);
        Assert.Contains($"({developed})", await page.InnerTextAsync("#results-table tr.group-header[data-dependence='developed']"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => window.explorer.cy.getElementById('group:developed').visible()"));
        Assert.Equal("通过算力 Depend on Google for compute (" + expected.Rows.Count(r => r.Dependence == Dependence.Compute) + ")",
            (await page.InnerTextAsync("#results-table tr.group-header[data-dependence='compute'] strong")).Trim());
        await fixture.ScreenshotAsync(page, "05-dependents-grouped");

        // When: a customer's node (one whose neighbours are not all drawn yet) is clicked and expanded
        var before = await VisibleNodesAsync(page);
        using var client = fixture.Server.CreateLoopbackClient();
        TraversalRow? customer = null;
        JsonElement neighbours = default;
        foreach (var candidate in expected.Rows.OrderBy(r => r.Dependence == Dependence.Compute ? 0 : 1))
        {
            neighbours = await client.GetFromJsonAsync<JsonElement>($"/api/graph?depth=1&entity={candidate.Entity.Key}", Token);
            if (neighbours.GetProperty("nodes").EnumerateArray().Any(n => !before.Contains(n.GetProperty("key").GetString())))
            {
                customer = candidate;
                break;
            }
        }

        Assert.NotNull(customer);
        await page.EvaluateAsync("key => { window.explorer.cy.getElementById(key).emit('tap'); }", customer.Entity.Key);
        await page.Locator("#entity-card h3", new() { HasText = customer.Entity.Name }).WaitForAsync();
        await page.ClickAsync("#card-expand");
        // The URL is polled, not awaited as a navigation: a picture change replaces the history entry (replaceState).
        await page.WaitForFunctionAsync("key => new URLSearchParams(location.search).get('expand')?.split(',').includes(key)", customer.Entity.Key);

        // Then: its neighbours join the picture
        var after = await VisibleNodesAsync(page);
        Assert.Subset(after.ToHashSet(StringComparer.Ordinal), neighbours.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()!).ToHashSet(StringComparer.Ordinal));
        Assert.True(after.Length > before.Length);
        await fixture.ScreenshotAsync(page, "06-customer-expanded");

        // When: the edge from Google to the customer is clicked
        var step = customer.Path[^1];
        await page.EvaluateAsync("id => { window.explorer.cy.getElementById(id).emit('tap'); }", $"{step.SourceKey}|{step.Type}|{step.TargetKey}");
        await page.Locator("#edge-panel .mention").First.WaitForAsync();

        // Then: the sentence behind it, in full, with its document and line
        var panel = await page.InnerTextAsync("#edge-panel");
        Assert.Contains(step.Evidence[0].Quote.Trim('|').Split('|')[0].Trim(), panel, StringComparison.Ordinal);
        Assert.Contains($"{step.Evidence[0].Document}:{step.Evidence[0].Line}", panel, StringComparison.Ordinal);
        await fixture.ScreenshotAsync(page, "07-edge-evidence");

        // When: the URL is opened in a new page
        var shared = page.Url;
        var other = await OpenAsync(new Uri(shared).PathAndQuery.TrimStart('/'));
        await other.WaitForSelectorAsync("body[data-state='ready'] #results-table tr.row");
        await other.WaitForFunctionAsync("n => window.explorer.cy.nodes(':visible').length === n", after.Length);

        // Then: the same answer and the same picture, expansion included
        Assert.Equal(await RowNamesAsync(page), await RowNamesAsync(other));
        Assert.Equal(after, await VisibleNodesAsync(other));

        // When: another question is asked, then the back button pressed
        await other.FillAsync("#entity-input", "OpenAI");
        await other.ClickAsync("#run-button");
        await other.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('entity') === 'OpenAI'");
        await other.WaitForSelectorAsync("body[data-state='ready']");
        Assert.True(await other.Locator("#entity-card").IsHiddenAsync());
        await other.GoBackAsync();
        // The suggestion chosen for 谷歌 put the canonical name in the box, so the URL and the restored box say Google.
        await other.WaitForFunctionAsync("n => document.getElementById('entity-input').value === n", "Google");
        await other.WaitForFunctionAsync("n => window.explorer.cy.nodes(':visible').length === n", after.Length);

        // Then: Google's answer again
        Assert.Equal(expected.Rows.Select(r => r.Entity.Key), await RowNamesAsync(other));
        Assert.Empty(fixture.ExternalRequests);
    }

    [Fact]
    public async Task Graph_NeighbourhoodOfOverAHundredNodes_IsLaidOutInsideTheViewWithFewLabelOverlaps()
    {
        var expected = await AnswerAsync("neighborhood?entity=OpenAI&depth=3");
        Assert.True(expected.Rows.Count >= 99);

        var page = await OpenAsync("?traversal=neighborhood&entity=OpenAI&depth=3");
        await page.WaitForSelectorAsync("body[data-state='ready'] #results-table tr.row");

        var nodes = await page.EvaluateAsync<int>("() => window.explorer.cy.nodes(':visible').length");
        Assert.True(nodes >= 100, $"{nodes} nodes");
        // Label boxes (rendered at the zoom the user sees) that overlap another label by more than half of the smaller one.
        var overlapping = await page.EvaluateAsync<int>(@"() => {
            const boxes = window.explorer.cy.nodes(':visible').map(n => n.boundingBox({ includeLabels: true, includeOverlays: false }));
            let count = 0;
            for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i], b = boxes[j];
              const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1), h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
              if (w > 0 && h > 0 && w * h > 0.5 * Math.min(a.w * a.h, b.w * b.h)) count++;
            }
            return count; }");
        Assert.True(overlapping <= nodes / 20, $"{overlapping} of {nodes} labels overlap");
        await fixture.ScreenshotAsync(page, "08-neighbourhood-100-nodes");

        // Filtering a relationship type hides only its edges; fit keeps every node inside the view.
        var develops = await page.EvaluateAsync<int>("() => window.explorer.cy.edges('[type = \"DEVELOPS\"]:visible').length");
        var others = await page.EvaluateAsync<int>("() => window.explorer.cy.edges(':visible').not('[type = \"DEVELOPS\"]').length");
        await page.Locator("#graph-filters input[data-type='DEVELOPS']").UncheckAsync();
        Assert.True(develops > 0);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.explorer.cy.edges('[type = \"DEVELOPS\"]:visible').length"));
        Assert.Equal(others, await page.EvaluateAsync<int>("() => window.explorer.cy.edges(':visible').length"));
        Assert.Contains("hide=DEVELOPS", page.Url, StringComparison.Ordinal);
        await page.ClickAsync("#fit-graph");
        Assert.True(await page.EvaluateAsync<bool>(
            "() => { const cy = window.explorer.cy; return cy.nodes(':visible').every(n => { const p = n.renderedPosition(); return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height(); }); }"));
    }

    [Fact]
    public async Task Evidence_MoreMentionsAndTableRows_AreReachableAndShowTheNamingCells()
    {
        var expected = await AnswerAsync("dependents-of?entity=NVIDIA");
        // The first row that explains an edge of more than three mentions (later rows fold an edge already explained).
        static string Id(PathStep s) => $"{s.SourceKey}|{s.Type}|{s.TargetKey}";
        var many = expected.Rows.Where((r, i) => r.Path.Count == 1 && r.Path[0].EvidenceCount > 3
                && !expected.Rows.Take(i).SelectMany(earlier => earlier.Path).Any(s => Id(s) == Id(r.Path[0])))
            .First();
        var afterOneClick = Math.Min(many.Path[0].EvidenceCount, 3 + 20);
        var page = await OpenAsync("?traversal=dependents-of&entity=NVIDIA");
        await page.WaitForSelectorAsync("body[data-state='ready'] #results-table tr.row");
        var row = page.Locator($"#results-table tr.row[data-key='{many.Entity.Key}']");

        Assert.Equal(3, await row.Locator(".mention").CountAsync());
        await row.Locator(".more button").ClickAsync();
        await row.Locator(".mention").Nth(afterOneClick - 1).WaitForAsync();

        Assert.Equal(afterOneClick, await row.Locator(".mention").CountAsync());
        var tableRow = expected.Rows.SelectMany(r => r.Path).SelectMany(s => s.Evidence.Take(3).Select(e => (Step: s, Evidence: e)))
            .FirstOrDefault(x => x.Evidence.Quote.StartsWith('|') && x.Evidence.Quote.Length > 120);
        if (tableRow.Step is not null)
        {
            var cells = await page.Locator(".mention .cells").First.InnerTextAsync();
            Assert.NotEmpty(cells);
        }

        // Evidence items open their document only when the store names the document's source.
        var linked = await page.Locator(".mention a.loc").CountAsync();
        var withSource = await page.EvaluateAsync<int>(
            "() => window.explorer.result.rows.flatMap(r => r.path).filter(s => (s.evidence || []).some(e => e.source)).length");
        Assert.Equal(withSource == 0, linked == 0);
        await fixture.ScreenshotAsync(page, "09-evidence-more");
    }

    [Fact]
    public async Task Export_CurrentAnswer_DownloadsItsEdgesAsGraphMlAndItsJson()
    {
        var expected = await AnswerAsync("dependents-of?entity=Google");
        var page = await OpenAsync("?traversal=dependents-of&entity=Google");
        await page.WaitForSelectorAsync("body[data-state='ready'] #results-table tr.row");
        await page.ClickAsync("#export-menu summary");

        var graphml = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-answer-format='graphml']"));
        var json = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-answer-format='json']"));

        var graphmlPath = Path.Combine(fixture.ArtifactsDirectory, graphml.SuggestedFilename);
        await graphml.SaveAsAsync(graphmlPath);
        var text = await File.ReadAllTextAsync(graphmlPath, Token);
        Assert.EndsWith(".graphml", graphml.SuggestedFilename, StringComparison.Ordinal);
        Assert.All(expected.Rows, r => Assert.Contains($"\"{r.Entity.Key}\"", text, StringComparison.Ordinal));
        var jsonPath = Path.Combine(fixture.ArtifactsDirectory, json.SuggestedFilename);
        await json.SaveAsAsync(jsonPath);
        var downloaded = JsonSerializer.Deserialize<TraversalResult>(await File.ReadAllTextAsync(jsonPath, Token), GraphJson.Options);
        Assert.Equal(expected.Rows.Select(r => r.Entity.Key), downloaded!.Rows.Select(r => r.Entity.Key));
    }
}
