using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GraphExplorer.Api.Tests;

/// <summary>The API over the seeded store on a real Kestrel loopback port, for browsers and raw HTTP.</summary>
public sealed class SeededKestrelApiFactory : SeededApiFactory
{
    /// <summary>The server's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.First()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>A plain client (no test handlers) aimed at the server.</summary>
    public HttpClient CreateLoopbackClient() => new() { BaseAddress = BaseAddress };
}
