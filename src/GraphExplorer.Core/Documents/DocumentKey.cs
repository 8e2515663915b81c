namespace GraphExplorer.Core.Documents;

/// <summary>
/// Identifies a document in a store: the source (folder) it was ingested from and its path relative to that
/// folder. Stores keep it as one string (<see cref="Value"/>): <c>{source}//{path}</c>, or the bare path for
/// <see cref="SourceNames.Default"/>, so a store written before sources existed holds default-source keys as
/// they are. It splits unambiguously: a source name never contains <c>/</c> (<see cref="SourceNames.Validate"/>)
/// and a relative path never contains <c>//</c>.
/// </summary>
/// <param name="Source">The source's name, e.g. <c>seeds</c>.</param>
/// <param name="Path">The document's path relative to the source folder (forward slashes), e.g. <c>000_b7db0be6763041f2.txt</c>.</param>
public readonly record struct DocumentKey(string Source, string Path)
{
    private const string Separator = "//";

    /// <summary>The store form of the key: <c>{source}//{path}</c>, or the path alone in <see cref="SourceNames.Default"/>.</summary>
    public string Value => string.Equals(Source, SourceNames.Default, StringComparison.Ordinal) ? Path : $"{Source}{Separator}{Path}";

    /// <summary>Reads a key from its store form; a value without <c>//</c> is a path in <see cref="SourceNames.Default"/>.</summary>
    /// <param name="value">The store form.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static DocumentKey Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var separator = value.IndexOf(Separator, StringComparison.Ordinal);
        return separator <= 0
            ? new DocumentKey(SourceNames.Default, value)
            : new DocumentKey(value[..separator], value[(separator + Separator.Length)..]);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
