using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Storage;
using GraphExplorer.Ingestion.Documents;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>remove &lt;document|folder&gt; [--source &lt;name&gt;]</c>: takes a document, or a whole source (folder), out of the
/// store, with the evidence, edges and entities only it supported. Under the store's writer lock.
/// </summary>
internal static class RemoveCommand
{
    public static Command Create(CliConsole console)
    {
        var target = new Argument<string>("document|folder")
        {
            Description = "A document's path (as 'documents' lists it), a source's name, or a folder that was ingested.",
        };
        var source = new Option<string?>("--source") { Description = "The source the document belongs to (needed when several sources hold that path)." };
        var store = CommonOptions.Store();
        var command = new Command("remove", "Remove a document or a whole source (folder) from the store.") { target, source, store };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var what = parseResult.GetRequiredValue(target);
            var sourceName = parseResult.GetValue(source);
            await using var services = await GraphServices.OpenAsync(StoreLocation.Parse(parseResult.GetValue(store)), cancellationToken).ConfigureAwait(false);
            await using var writerLock = await services.Store.AcquireWriterLockAsync(cancellationToken).ConfigureAwait(false);
            var message = await RemoveAsync(services.Store, what, sourceName, cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync(message.AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<string> RemoveAsync(IGraphStore store, string what, string? sourceName, CancellationToken cancellationToken)
    {
        var documents = await store.GetDocumentsAsync(cancellationToken).ConfigureAwait(false);
        var path = what.Replace('\\', '/');
        var matches = documents
            .Where(d => d.Document == path && (sourceName is null || d.Source == sourceName))
            .ToArray();
        if (matches.Length > 1)
        {
            throw new CliUsageException(
                $"'{DocumentNames.ForDisplay(what)}' is a document of several sources ({string.Join(", ", matches.Select(m => m.Source))}): say which with --source.");
        }

        if (matches.Length == 1)
        {
            await store.RemoveDocumentAsync(matches[0].Source, matches[0].Document, cancellationToken).ConfigureAwait(false);
            return $"Removed {DocumentNames.ForDisplay(matches[0].Document)} (source '{DocumentNames.ForDisplay(matches[0].Source)}').";
        }

        if (sourceName is null && await FindSourceAsync(store, what, cancellationToken).ConfigureAwait(false) is { } name)
        {
            var removed = await store.RemoveSourceAsync(name, cancellationToken).ConfigureAwait(false);
            return $"Removed source '{DocumentNames.ForDisplay(name)}': {Math.Max(removed, 0)} documents.";
        }

        var where = sourceName is null ? "the store" : $"source '{DocumentNames.ForDisplay(sourceName)}'";
        throw new CliUsageException(
            $"'{DocumentNames.ForDisplay(what)}' is neither a document of {where} nor a source or ingested folder: run 'documents' to list them.");
    }

    /// <summary>A source named <paramref name="what"/>, or whose folder <paramref name="what"/> names.</summary>
    private static async Task<string?> FindSourceAsync(IGraphStore store, string what, CancellationToken cancellationToken)
    {
        var sources = await store.GetSourcesAsync(cancellationToken).ConfigureAwait(false);
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(what));
        return sources.FirstOrDefault(s => s.Name == what)?.Name
            ?? sources.FirstOrDefault(s => string.Equals(s.Root, folder, StringComparison.Ordinal))?.Name;
    }
}
