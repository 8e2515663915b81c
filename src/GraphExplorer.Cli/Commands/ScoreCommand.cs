using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;
using GraphExplorer.Cli.Scoring;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Extraction.Llm;
using GraphExplorer.Extraction.Scoring;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>score [--gold folder] [--docs folder] [--catalogue …]</c>: precision, recall and F1 per relationship type, entity
/// recall and type accuracy, of the graph in the store — or of a notes folder extracted in memory — against gold.
/// </summary>
internal static class ScoreCommand
{
    /// <summary>Where the gold folder is looked for, from the current directory upwards, when <c>--gold</c> is not given.</summary>
    public static readonly string DefaultGoldFolder = Path.Combine("shared", "gold");

    public static Command Create(CliConsole console)
    {
        var gold = new Option<DirectoryInfo?>("--gold")
        {
            Description = $"The gold folder holding {GoldData.RelationsFileName} and {GoldData.EntitiesFileName} (default: the nearest {DefaultGoldFolder} here or above).",
        };
        var docs = new Option<DirectoryInfo?>("--docs")
        {
            Description = "Score this folder of notes (.md/.txt, recursive), extracted in memory, instead of the graph in the store.",
        };
        var catalogue = CatalogueOption.Create();
        var listed = new Option<int>("--list") { Description = "How many missed and spurious relations to list.", DefaultValueFactory = _ => 20 };
        var store = CommonOptions.Store();
        var extractor = ExtractorOption.Create();
        var command = new Command("score", "Score extraction against gold: precision, recall, F1 per relationship type; entity recall and type accuracy.")
        {
            gold, docs, catalogue, extractor, listed, store,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var folder = parseResult.GetValue(gold)?.FullName ?? FolderSearch.FindUpwards(Directory.GetCurrentDirectory(), DefaultGoldFolder)
                ?? throw new CliUsageException($"Option '--gold' is needed: no '{DefaultGoldFolder}' folder was found here or above.");
            var (goldRelations, goldEntities) = await GoldFolder.LoadAsync(folder, cancellationToken).ConfigureAwait(false);
            var chosen = CatalogueOption.Resolve(parseResult.GetValue(catalogue));

            IReadOnlyCollection<Entity> entities;
            IReadOnlyList<Relationship> relationships;
            if (parseResult.GetValue(docs) is { } notes)
            {
                if (!notes.Exists)
                {
                    throw new CliUsageException($"Option '--docs': '{notes.FullName}' does not exist or is not a folder.");
                }

                var corpus = await NotesFolderExtraction.ExtractAsync(notes.FullName, chosen, console.Error, cancellationToken).ConfigureAwait(false);
                (entities, relationships) = (corpus.Entities, corpus.Relationships);
            }
            else
            {
                (entities, relationships) = await ReadStoreAsync(
                    parseResult.GetValue(store), chosen, ExtractorOption.Parse(parseResult.GetValue(extractor)), console, cancellationToken).ConfigureAwait(false);
            }

            var report = ExtractionScorer.Score(entities, relationships, goldRelations, goldEntities);
            await console.Out.WriteAsync(report.ToText(parseResult.GetValue(listed)).AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<(IReadOnlyCollection<Entity>, IReadOnlyList<Relationship>)> ReadStoreAsync(
        string? store, Extraction.Catalogue.EntityCatalogue catalogue, ExtractorMode extractor, CliConsole console, CancellationToken cancellationToken)
    {
        // With --extractor llm|hybrid, an empty store is filled from seeds/ by that extractor, so a fresh --store scores the model.
        await using var services = await GraphServices.OpenAsync(StoreLocation.Parse(store), cancellationToken, catalogue, extractor).ConfigureAwait(false);
        await SeedIngestion.EnsureNotEmptyAsync(services, console, cancellationToken).ConfigureAwait(false);
        await LlmReportWriter.WriteAsync(services.LlmReport, console.Error, cancellationToken).ConfigureAwait(false);

        var entities = new List<Entity>();
        await foreach (var entity in services.Store.ReadAllEntitiesAsync(cancellationToken).ConfigureAwait(false))
        {
            entities.Add(entity);
        }

        var relationships = new List<Relationship>();
        await foreach (var relationship in services.Store.ReadAllRelationshipsAsync(cancellationToken).ConfigureAwait(false))
        {
            relationships.Add(relationship);
        }

        return (entities, relationships);
    }
}
