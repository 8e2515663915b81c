using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace GraphExplorer.Api.Tests.Browser;

/// <summary>
/// Debian's headless Chromium driven by Playwright against the API on a Kestrel loopback port. Playwright's own
/// browser download is not used: <see cref="ChromiumPath"/> must exist, or every browser test is skipped with
/// the reason. Requests leaving loopback are blocked and recorded, so the page is proven to work offline.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's <c>chromium</c> package.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// How long a page action or wait may take. Generous: a curation step re-runs the answer and its expansions, which on
    /// two cores shared with a build has taken over 20 s; a real failure still ends the test within a minute.
    /// </summary>
    public const float ActionTimeoutMs = 60_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The server.</summary>
    public SeededKestrelApiFactory Server { get; } = new();

    /// <summary>Whether a browser could be started.</summary>
    public bool IsAvailable => _browser is not null;

    /// <summary>Why the browser tests are skipped.</summary>
    public string SkipReason { get; private set; } = string.Empty;

    /// <summary>Where screenshots and downloads go: <c>artifacts/screenshots</c> at the repository root.</summary>
    public string ArtifactsDirectory { get; } = FindArtifactsDirectory();

    /// <summary>URLs the page tried to load from outside loopback (all blocked).</summary>
    public ConcurrentBag<string> ExternalRequests { get; } = [];

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"{ChromiumPath} is not installed (apt-get install -y chromium fonts-noto-cjk); browser tests need Debian's Chromium.";
            return;
        }

        await Server.InitializeAsync();
        Directory.CreateDirectory(ArtifactsDirectory);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new page at 1366×768 (a plain laptop screen) whose requests may not leave loopback.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var browser = _browser ?? throw new InvalidOperationException(SkipReason);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            AcceptDownloads = true,
            Locale = "zh-CN",
        });
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.IsLoopback || url.Scheme is "data" or "blob")
            {
                await route.ContinueAsync();
                return;
            }

            ExternalRequests.Add(route.Request.Url);
            await route.AbortAsync();
        });
        return await context.NewPageAsync();
    }

    /// <summary>Saves a screenshot of the whole viewport under <see cref="ArtifactsDirectory"/>.</summary>
    public async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ArtifactsDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }

    private static string FindArtifactsDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphExplorer.sln")))
            {
                return Path.Combine(directory.FullName, "artifacts", "screenshots");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "screenshots");
    }
}
