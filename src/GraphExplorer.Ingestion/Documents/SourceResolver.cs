using System.Security.Cryptography;
using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Ingestion.Documents;

/// <summary>Decides which source a folder's documents go to, and records it in the store (under the writer lock).</summary>
internal static class SourceResolver
{
    /// <summary>
    /// The source for <paramref name="root"/>: the one asked for; else the one recorded for this folder; else the
    /// <see cref="SourceNames.Default"/> source of a store written before sources existed when this folder holds
    /// one of its documents unchanged (it came from here); else a new one named after the folder, made unique.
    /// </summary>
    /// <param name="store">The store (its writer lock held).</param>
    /// <param name="root">The folder's full path.</param>
    /// <param name="wanted">The name asked for, if any.</param>
    /// <param name="files">The folder's files.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The source, recorded with this folder as its root.</returns>
    /// <exception cref="ArgumentException"><paramref name="wanted"/> is not a valid source name.</exception>
    public static async Task<SourceFolder> ResolveAsync(
        IGraphStore store, string root, string? wanted, IReadOnlyList<DocumentFile> files, CancellationToken cancellationToken)
    {
        if (wanted is not null && SourceNames.Validate(wanted) is { } problem)
        {
            throw new ArgumentException($"Source '{wanted}': {problem}.", nameof(wanted));
        }

        var sources = await store.GetSourcesAsync(cancellationToken).ConfigureAwait(false);
        var name = wanted
            ?? sources.FirstOrDefault(s => string.Equals(s.Root, root, StringComparison.Ordinal))?.Name
            ?? await ClaimLegacyAsync(store, sources, files, cancellationToken).ConfigureAwait(false)
            ?? SourceNames.Unique(SourceNames.FromFolder(root), sources.Select(s => s.Name).ToHashSet(StringComparer.Ordinal));
        var source = new SourceFolder(name, root);
        await store.SaveSourceAsync(source, cancellationToken).ConfigureAwait(false);
        return source;
    }

    private static async Task<string?> ClaimLegacyAsync(
        IGraphStore store, IReadOnlyList<SourceFolder> sources, IReadOnlyList<DocumentFile> files, CancellationToken cancellationToken)
    {
        if (!sources.Any(s => s.Name == SourceNames.Default && s.Root is null))
        {
            return null;
        }

        var legacy = (await store.GetDocumentsAsync(cancellationToken).ConfigureAwait(false))
            .Where(d => d.Source == SourceNames.Default)
            .ToDictionary(d => d.Document, d => d.ContentHash, StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Refused is null && legacy.ContainsKey(f.Document)))
        {
            try
            {
                await using var stream = File.OpenRead(file.Path);
                var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
                if (hash == legacy[file.Document])
                {
                    return SourceNames.Default;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Unreadable here: the reader reports it; it proves nothing about where the legacy documents came from.
            }
        }

        return null;
    }
}
