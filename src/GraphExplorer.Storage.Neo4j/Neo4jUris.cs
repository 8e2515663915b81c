namespace GraphExplorer.Storage.Neo4j;

/// <summary>
/// Credentials in a Neo4j URI (<c>http://user:password@host:7474</c>): they are taken out of the URI and used for
/// authentication (<see cref="Neo4jGraphStoreOptions.User"/>, <see cref="Neo4jGraphStoreOptions.Password"/>), so the
/// URI that is kept, logged and shown never carries them; text that may hold such a URI is shown through <see cref="Redact"/>.
/// </summary>
public static class Neo4jUris
{
    /// <summary>Parses a configured URI, naming where it came from when it is not one.</summary>
    /// <param name="value">The configured text.</param>
    /// <param name="source">Where it came from, e.g. <c>NEO4J_URI</c>.</param>
    /// <returns>The absolute URI.</returns>
    /// <exception cref="InvalidOperationException">The text is not an absolute URI; the message names <paramref name="source"/> and shows the text redacted.</exception>
    public static Uri Parse(string value, string source)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && !uri.IsFile
            ? uri
            : throw new InvalidOperationException(
                $"{source} '{Redact(value)}' is not a URI: give Neo4j's HTTP endpoint, e.g. http://localhost:7474.");
    }

    /// <summary>Moves the user info of <paramref name="options"/>' URI into its user and password.</summary>
    /// <param name="options">The options; changed in place.</param>
    public static void MoveCredentials(Neo4jGraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Uri is not { IsAbsoluteUri: true } uri || string.IsNullOrEmpty(uri.UserInfo))
        {
            return;
        }

        var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
        var user = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
        if (user.Length > 0)
        {
            options.User = user;
        }

        if (colon >= 0)
        {
            options.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }

        options.Uri = WithoutCredentials(uri);
    }

    /// <summary>The URI without its user info.</summary>
    /// <param name="uri">The URI.</param>
    /// <returns>The same URI with no user name or password.</returns>
    public static Uri WithoutCredentials(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsAbsoluteUri && uri.UserInfo.Length > 0 ? new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri : uri;
    }

    /// <summary>Replaces what looks like user info in <paramref name="text"/> (between <c>://</c> and the next <c>@</c>) with <c>***</c>.</summary>
    /// <param name="text">A URI, or text that may be one.</param>
    /// <returns>The text, safe to show.</returns>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        var start = scheme < 0 ? 0 : scheme + 3;
        var at = text.IndexOf('@', start);
        var slash = text.IndexOf('/', start);
        return at < 0 || (slash >= 0 && slash < at) ? text : string.Concat(text.AsSpan(0, start), "***", text.AsSpan(at));
    }
}
