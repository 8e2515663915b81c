using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Core.Documents;
using GraphExplorer.Extraction;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Scoring;

namespace GraphExplorer.Cli.Scoring;

/// <summary>Extracts every note of a folder in memory (no store), for <c>score --docs</c>; an unreadable note is reported and skipped.</summary>
internal static class NotesFolderExtraction
{
    public static async Task<CorpusGraph> ExtractAsync(string folder, EntityCatalogue catalogue, TextWriter errors, CancellationToken cancellationToken)
    {
        var extractor = new DocumentExtractor(catalogue);
        var corpus = new CorpusGraph();
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            try
            {
                var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
                var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
                corpus.Add(extractor.Extract(new DocumentSource(Path.GetRelativePath(folder, path), hash, text)).Graph);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                await errors.WriteLineAsync($"Skipped {path}: {ex.Message}".AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }

        return corpus;
    }
}
