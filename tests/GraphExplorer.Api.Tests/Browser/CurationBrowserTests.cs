using System.Net.Http.Json;
using System.Text.Json;
using GraphExplorer.Core.Serialization;
using GraphExplorer.Core.Traversals;
using Microsoft.Playwright;

namespace GraphExplorer.Api.Tests.Browser;

/// <summary>
/// An analyst curating in the explorer, in headless Chromium: merge a suggested duplicate, reject an edge from its
/// evidence and undo it, confirm one, rename, retype and alias from the card, and read the API's problem details on
/// the page. Each test gets its own freshly seeded store and server, so decisions never leak between tests; what the
/// page should show is read from the API.
/// </summary>
public sealed class CurationBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Analyst = "林分析 Lin";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Duplicates_MergeFromThePanel_AbsorbedNameLeavesGraphAndSearchAndItsNamesJoinTheSurvivorsCard()
    {
        await using var server = await StartAsync();
        using var client = server.CreateLoopbackClient();
        // Given: the first suggested pair whose absorbed entity has neighbours to draw
        var pairs = await client.GetFromJsonAsync<JsonElement[]>("/api/curation/duplicates?limit=30", Token);
        Assert.NotNull(pairs);
        JsonElement pair = default;
        foreach (var candidate in pairs)
        {
            if ((await AnswerAsync(client, $"neighborhood?depth=1&entity={Uri.EscapeDataString(Text(candidate, "other"))}")).Rows.Count > 0)
            {
                pair = candidate;
                break;
            }
        }

        Assert.NotEqual(JsonValueKind.Undefined, pair.ValueKind);
        var (survivor, survivorName, absorbed, absorbedName) = (Text(pair, "entity"), Text(pair, "name"), Text(pair, "other"), Text(pair, "otherName"));
        var absorbedAliases = (await client.GetFromJsonAsync<JsonElement>($"/api/entities/{absorbed}", Token)).GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToArray();
        var (page, problems) = await OpenAsync(server, $"?traversal=neighborhood&depth=1&entity={Uri.EscapeDataString(absorbedName)}");
        await page.WaitForSelectorAsync("body[data-state='ready'] #results-table tr.row");
        Assert.True(await HasElementAsync(page, absorbed), "the absorbed entity is drawn before the merge");

        // When: the pair is merged from the panel, the survivor absorbing, with a note
        await page.ClickAsync("#tab-curation");
        var item = page.Locator($"li.duplicate[data-entity='{survivor}'][data-other='{absorbed}']");
        await item.Locator(".dup-note").FillAsync("同一家公司 one company");
        await RunAndWaitForRefreshAsync(page, () => item.Locator(".merge-into-entity").ClickAsync());
        await item.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        // Then: the decision is listed with who and why; the graph shows the survivor, not the absorbed entity
        var row = page.Locator("#decisions-table tr.decision[data-kind='merge']");
        Assert.Contains(Analyst, await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("one company", await row.InnerTextAsync(), StringComparison.Ordinal);
        await page.ClickAsync("#tab-explore");
        Assert.False(await HasElementAsync(page, absorbed));
        Assert.True(await HasElementAsync(page, survivor));

        // Then: searching the absorbed name suggests what the API finds, the survivor and never the absorbed entity
        var found = await client.GetFromJsonAsync<JsonElement>($"/api/entities?limit=8&search={Uri.EscapeDataString(absorbedName)}", Token);
        var keys = found.GetProperty("entities").EnumerateArray().Select(e => Text(e, "key")).ToArray();
        Assert.Contains(survivor, keys);
        Assert.DoesNotContain(absorbed, keys);
        await page.FillAsync("#entity-input", absorbedName);
        await page.Locator("#suggestions .suggestion").Nth(keys.Length - 1).WaitForAsync();
        var suggested = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#suggestions .suggestion')].map(li => li.firstChild.textContent)");
        Assert.Equal(found.GetProperty("entities").EnumerateArray().Select(e => Text(e, "name")), suggested);
        await page.Keyboard.PressAsync("Escape");

        // Then: the survivor's card lists the absorbed entity's names as aliases and says who merged it
        await TapAsync(page, survivor);
        var card = page.Locator("#entity-card");
        await card.Locator("h3", new() { HasText = survivorName }).WaitForAsync();
        var text = await card.InnerTextAsync();
        Assert.All(absorbedAliases.Append(absorbedName), a => Assert.Contains(a, text, StringComparison.Ordinal));
        Assert.Contains($"curated by {Analyst}", await card.Locator(".curated-badge").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("k => window.explorer.cy.getElementById(k).hasClass('curated')", survivor));
        await fixture.ScreenshotAsync(page, "20-curation-merged-card");

        // When: the next suggestion is dismissed; Then: it leaves the list and is remembered as a decision
        await page.ClickAsync("#tab-curation");
        var next = page.Locator("li.duplicate").First;
        var (entity, other) = (await next.GetAttributeAsync("data-entity"), await next.GetAttributeAsync("data-other"));
        await RunAndWaitForRefreshAsync(page, () => next.Locator(".dismiss").ClickAsync());
        await page.Locator($"li.duplicate[data-entity='{entity}'][data-other='{other}']").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal(1, await page.Locator("#decisions-table tr.decision[data-kind='dismiss-duplicate']").CountAsync());
        await fixture.ScreenshotAsync(page, "21-curation-panel");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Evidence_RejectWithoutThenWithReasonConfirmAndUndo_EdgeLeavesGraphAndAnswersAndComesBack()
    {
        await using var server = await StartAsync();
        using var client = server.CreateLoopbackClient();
        var before = await AnswerAsync(client, "dependents-of?entity=NVIDIA");
        var steps = before.Rows.Where(r => r.Path.Count == 1).Select(r => r.Path[0]).DistinctBy(Id).ToArray();
        Assert.True(steps.Length >= 2, "NVIDIA has direct dependents in the seeds");
        var (rejected, confirmed) = (steps[0], steps[1]);
        // The message the API gives a rejection without a reason, for the same edge.
        using var bad = await client.PostAsJsonAsync("/api/curation", new { kind = "reject-edge", entity = rejected.SourceKey, type = rejected.Type, other = rejected.TargetKey, analyst = Analyst }, Token);
        var detail = Text(await bad.Content.ReadFromJsonAsync<JsonElement>(Token), "detail");
        var (page, problems) = await OpenAsync(server, "?traversal=dependents-of&entity=NVIDIA");
        await page.WaitForSelectorAsync("body[data-state='ready'] #results-table tr.row");

        // When: the edge's evidence is opened and Reject clicked with no reason; Then: the API's problem is on the page
        await TapAsync(page, Id(rejected));
        await page.ClickAsync("#edge-reject");
        await page.Locator("#edge-panel .problem", new() { HasText = detail }).WaitForAsync();
        Assert.Equal(0, await page.Locator("#decisions-table tr.decision").CountAsync());

        // When: rejected with a reason
        await page.FillAsync("#edge-note", "股权不实 not an equity stake");
        await RunAndWaitForRefreshAsync(page, () => page.ClickAsync("#edge-reject"));

        // Then: gone from the graph and from dependents-of asked afterwards; the notice offers undo
        Assert.False(await HasElementAsync(page, Id(rejected)));
        Assert.DoesNotContain(Id(rejected), (await AnswerAsync(client, "dependents-of?entity=NVIDIA")).Rows.SelectMany(r => r.Path).Select(Id));
        Assert.Contains("rejected", await page.InnerTextAsync("#curation-notice"), StringComparison.Ordinal);

        // When: another edge is confirmed; Then: it is marked in the graph and its panel says who confirmed it
        await TapAsync(page, Id(confirmed));
        await page.FillAsync("#edge-note", "核对过 checked the filing");
        await RunAndWaitForRefreshAsync(page, () => page.ClickAsync("#edge-confirm"));
        Assert.True(await page.EvaluateAsync<bool>("id => window.explorer.cy.getElementById(id).hasClass('curated')", Id(confirmed)));
        await TapAsync(page, Id(confirmed));
        var badge = await page.Locator("#edge-panel .curated-badge.confirmed").InnerTextAsync();
        Assert.Contains($"confirmed by {Analyst}: 核对过 checked the filing", badge, StringComparison.Ordinal);
        await fixture.ScreenshotAsync(page, "22-curation-edge-confirmed");

        // Then: the rejection is in the decisions list with who and why; When: it is undone there
        await page.ClickAsync("#tab-curation");
        var row = page.Locator("#decisions-table tr.decision[data-kind='reject-edge']");
        Assert.Contains("not an equity stake", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(Analyst, await row.InnerTextAsync(), StringComparison.Ordinal);
        await RunAndWaitForRefreshAsync(page, () => row.Locator("button.undo").ClickAsync());
        await row.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        // Then: the edge is back in the graph and in the answer
        await page.ClickAsync("#tab-explore");
        Assert.True(await HasElementAsync(page, Id(rejected)));
        Assert.Contains(Id(rejected), (await AnswerAsync(client, "dependents-of?entity=NVIDIA")).Rows.SelectMany(r => r.Path).Select(Id));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Card_RenameRetypeAndAlias_ShowInTheGraphAndCardAndAnEmptyNameShowsTheProblem()
    {
        await using var server = await StartAsync();
        using var client = server.CreateLoopbackClient();
        var answer = await AnswerAsync(client, "dependents-of?entity=OpenAI");
        var entity = answer.Rows[0].Entity;
        var types = (await client.GetFromJsonAsync<JsonElement>("/api/curation/marks", Token)).GetProperty("entityTypes").EnumerateArray().Select(t => t.GetString()!).ToArray();
        var newType = types.First(t => t != entity.Type.ToString());
        var newName = entity.Name + " 实验室 Labs";
        using var bad = await client.PostAsJsonAsync("/api/curation", new { kind = "rename", entity = entity.Key, value = "", analyst = Analyst }, Token);
        var detail = Text(await bad.Content.ReadFromJsonAsync<JsonElement>(Token), "detail");
        var (page, problems) = await OpenAsync(server, "?traversal=dependents-of&entity=OpenAI");
        await page.WaitForSelectorAsync("body[data-state='ready'] #results-table tr.row");
        var card = page.Locator("#entity-card");

        // When: the card is opened and an empty name submitted; Then: the API's problem is shown in the card
        await TapAsync(page, entity.Key);
        await card.Locator("details.curate summary").ClickAsync();
        await page.FillAsync("#card-rename-input", "");
        await page.ClickAsync("#card-rename");
        await card.Locator(".problem", new() { HasText = detail }).WaitForAsync();

        // When: renamed, retyped and given an alias from the card
        await page.FillAsync("#card-rename-input", newName);
        await RunAndWaitForRefreshAsync(page, () => page.ClickAsync("#card-rename"));
        await page.SelectOptionAsync("#card-retype-select", newType);
        await RunAndWaitForRefreshAsync(page, () => page.ClickAsync("#card-retype"));
        await page.FillAsync("#card-alias-input", "别名测试");
        await RunAndWaitForRefreshAsync(page, () => page.ClickAsync("#card-alias-add"));

        // Then: the graph draws the new name and type, and the card shows them, the alias and three badges
        var node = await page.EvaluateAsync<string[]>("k => { const n = window.explorer.cy.getElementById(k); return [n.data('label'), n.data('type')]; }", entity.Key);
        Assert.Equal([newName, newType], node);
        Assert.Equal(newName, (await card.Locator("h3").InnerTextAsync()).Trim());
        Assert.StartsWith(newType, await card.Locator(".card-type").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await card.Locator("li.card-alias[data-alias='别名测试']").CountAsync());
        Assert.Equal(3, await card.Locator(".curated-badge").CountAsync());
        Assert.StartsWith(newName, await page.InnerTextAsync($"#results-table tr.row[data-key='{entity.Key}'] td.entity"), StringComparison.Ordinal);
        await fixture.ScreenshotAsync(page, "23-curation-card");

        // When: the page is opened again; Then: the analyst's name is remembered and the decisions still hold
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("body[data-state='ready'] #results-table tr.row");
        Assert.Equal(Analyst, await page.InputValueAsync("#analyst-input"));
        await page.WaitForFunctionAsync("k => window.explorer.cy.getElementById(k).hasClass('curated')", entity.Key);
        Assert.Equal(newName, await page.EvaluateAsync<string>("k => window.explorer.cy.getElementById(k).data('label')", entity.Key));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static string Id(PathStep step) => $"{step.SourceKey}|{step.Type}|{step.TargetKey}";

    private static string Text(JsonElement element, string property) => element.GetProperty(property).GetString()!;

    private static async Task<TraversalResult> AnswerAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<TraversalResult>("/api/traversals/" + query, GraphJson.Options, Token))!;

    private async Task<SeededKestrelApiFactory> StartAsync()
    {
        Assert.SkipUnless(fixture.IsAvailable, fixture.SkipReason);
        var server = new SeededKestrelApiFactory();
        await server.InitializeAsync();
        return server;
    }

    /// <summary>Opens the page with the analyst's name filled in; the list collects script errors and CSP refusals.</summary>
    private async Task<(IPage Page, List<string> Problems)> OpenAsync(SeededKestrelApiFactory server, string path)
    {
        var page = await fixture.NewPageAsync();
        page.SetDefaultTimeout(BrowserFixture.ActionTimeoutMs);
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add(error);
        page.Console += (_, message) =>
        {
            // Our scripts must not be refused anything; cytoscape's bundle sets a style attribute the policy blocks (harmlessly).
            if (message.Type == "error" && !message.Text.Contains("the server responded with a status of 4", StringComparison.Ordinal)
                && !message.Location.Contains("/lib/", StringComparison.Ordinal))
            {
                problems.Add($"{message.Text} at {message.Location}");
            }
        };
        await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
        await page.WaitForSelectorAsync("body[data-loaded='true'][data-curation]", new() { State = WaitForSelectorState.Attached });
        await page.FillAsync("#analyst-input", Analyst);
        await page.DispatchEventAsync("#analyst-input", "change");
        return (page, problems);
    }

    // The callback returns nothing: emit's return value, the cytoscape collection, would make Playwright serialise the
    // whole graph (tens of seconds, and the renderer ran out of memory under load).
    private static Task TapAsync(IPage page, string id) =>
        page.EvaluateAsync("id => { window.explorer.cy.getElementById(id).emit('tap'); }", id);

    private static Task<bool> HasElementAsync(IPage page, string id) =>
        page.EvaluateAsync<bool>("id => window.explorer.cy.getElementById(id).nonempty()", id);

    /// <summary>Acts, then waits until the page has refreshed after the decision (curation.js sets data-curated last).</summary>
    private static async Task RunAndWaitForRefreshAsync(IPage page, Func<Task> act)
    {
        var before = await page.EvaluateAsync<string>("() => document.body.dataset.curated || ''");
        await act();
        await page.WaitForFunctionAsync("b => (document.body.dataset.curated || '') !== b && document.body.dataset.state === 'ready'", before);
    }
}
