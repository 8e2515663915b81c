using System.Net;
using System.Text;

namespace GraphExplorer.Api.Tests.Endpoints;

/// <summary>
/// Hostile and malformed input on every endpoint answers 2xx or 4xx, never 5xx: sent over real HTTP to Kestrel,
/// so its request-line limits and URL decoding take part as they do in production, and served from the SQLite
/// store seeded from <c>seeds/</c>, so injection attempts meet a real SQL database.
/// </summary>
public sealed class HostileInputTests(SeededKestrelApiFactory factory) : IClassFixture<SeededKestrelApiFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Hostile values, already percent-encoded as they go on the wire.</summary>
    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["long-100k"] = new string('A', 100_000),
        ["long-chinese"] = Uri.EscapeDataString(string.Concat(Enumerable.Repeat("英伟达", 5_000))),
        ["quotes"] = Uri.EscapeDataString("'\"`); --"),
        ["cypher-injection"] = Uri.EscapeDataString("NVIDIA'}) MATCH (n) DETACH DELETE n //"),
        ["sql-injection"] = Uri.EscapeDataString("x' OR '1'='1'; DROP TABLE entities; --"),
        ["invalid-utf8"] = "%FF%FE%C0%AF%ED%A0%80",
        ["overlong-nul"] = "%C0%80%00abc",
        ["percent-garbage"] = "%%%25%G1%",
        ["control-chars"] = Uri.EscapeDataString("\u0001\u0007\r\n\t\u001b[31m"),
        ["path-traversal"] = Uri.EscapeDataString("../../../../etc/passwd"),
        ["html-script"] = Uri.EscapeDataString("<script>alert(1)</script>"),
        ["lone-surrogate"] = "%ED%B0%80",
        ["json"] = Uri.EscapeDataString("{\"$ne\": null}"),
        ["empty"] = string.Empty,
        ["whitespace"] = "%20%20%09",
        ["huge-number"] = "99999999999999999999999999",
        ["negative"] = "-1",
        ["regex-bomb"] = Uri.EscapeDataString(new string('a', 150) + "!"),
        ["emoji-zwj"] = Uri.EscapeDataString("👩‍👩‍👧‍👦🤖"),
        ["format-string"] = Uri.EscapeDataString("{0}{1}%s%n"),
    };

    /// <summary>Every endpoint with a slot for the hostile value.</summary>
    private static readonly Dictionary<string, string> Templates = new()
    {
        ["traversal-entity"] = "/api/traversals/dependents-of?entity={0}",
        ["traversal-name"] = "/api/traversals/{0}?entity=NVIDIA",
        ["traversal-to"] = "/api/traversals/path-between?entity=NVIDIA&to={0}",
        ["traversal-depth"] = "/api/traversals/dependents-of?entity=NVIDIA&depth={0}&limit={0}",
        ["search"] = "/api/entities?search={0}&limit={0}",
        ["entity-key"] = "/api/entities/{0}",
        ["graph"] = "/api/graph?entity={0}&depth={0}",
        ["export"] = "/api/export?format={0}",
        ["openapi"] = "/openapi/{0}",
        ["static"] = "/{0}",
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in Templates.Keys)
        {
            foreach (var input in Inputs.Keys)
            {
                data.Add(template, input);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Get_HostileInput_NeverAnswers5xx(string template, string input)
    {
        using var client = factory.CreateLoopbackClient();
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, Templates[template], Inputs[input]);

        using var response = await client.GetAsync(new Uri(factory.BaseAddress, url), Token);

        Assert.True((int)response.StatusCode < 500, $"{template}/{input}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Token)}");
    }

    [Fact]
    public async Task Get_InjectionAttempts_LeaveTheSeededStoreAsIngested()
    {
        // Given: every injection-shaped value in every slot
        using var client = factory.CreateLoopbackClient();
        string[] injections = ["quotes", "cypher-injection", "sql-injection", "json"];

        // When
        foreach (var template in Templates.Values)
        {
            foreach (var input in injections)
            {
                var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Inputs[input]);
                using var response = await client.GetAsync(new Uri(factory.BaseAddress, url), Token);
            }
        }

        // Then: the store still holds exactly what the ingestion wrote, and still answers
        var ingested = factory.Seeded.Ingestion.Statistics;
        var now = await factory.Seeded.Store.GetStatisticsAsync(Token);
        Assert.Equal(
            (ingested.Documents, ingested.Entities, ingested.Edges, ingested.Evidence),
            (now.Documents, now.Entities, now.Edges, now.Evidence));
        using var check = await client.GetAsync("/api/traversals/dependents-of?entity=NVIDIA", Token);
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
    }

    public static TheoryData<string> CypherBodies() =>
    [
        "{\"statement\": \"" + new string('x', 200_000) + "\"}",
        "\u00ff\u00fe garbage",
        "{\"statement\": \"MATCH (n) RETURN n\", \"parameters\": {\"k\": {\"$gt\": \"\"}}, \"maxRows\": -5}",
        "[1, 2, 3]",
        "{\"statement\": \"MATCH (n) RETURN n'); DROP TABLE x; --\"}",
        string.Empty,
    ];

    [Theory]
    [MemberData(nameof(CypherBodies))]
    public async Task PostCypher_HostileBody_NeverAnswers5xx(string body)
    {
        using var client = factory.CreateLoopbackClient();
        using var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync("/api/cypher", content, Token);

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Token)}");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
