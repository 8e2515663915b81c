namespace GraphExplorer.Api.Hosting;

/// <summary>Marks endpoints that need the API key (<see cref="ApiKeyOptions"/>).</summary>
public static class ApiKeyEndpointConventionBuilderExtensions
{
    /// <summary>Requires the configured API key in the <c>X-Api-Key</c> header; without a configured key the endpoints answer 403.</summary>
    /// <typeparam name="TBuilder">The endpoint or group builder.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter<TBuilder, ApiKeyEndpointFilter>();
    }

    /// <summary>Requires the API key in the <c>X-Api-Key</c> header when one is configured; without a configured key the endpoints are open.</summary>
    /// <typeparam name="TBuilder">The endpoint or group builder.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static TBuilder RequireApiKeyIfConfigured<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter<TBuilder, ApiKeyIfConfiguredEndpointFilter>();
    }
}
