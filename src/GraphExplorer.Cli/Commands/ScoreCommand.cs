using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Cli.Output;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Extraction.Scoring;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>score [--gold folder]</c>: precision, recall and F1 of the graph in the store against analyst-labelled gold relations.</summary>
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
        var listed = new Option<int>("--list") { Description = "How many missed and spurious relations to list.", DefaultValueFactory = _ => 20 };
        var store = CommonOptions.Store();
        var extractor = ExtractorOption.Create();
        var command = new Command("score", "Score the graph in the store against gold relations: precision, recall, F1 overall and per type.")
        {
            gold, listed, store, extractor,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var folder = parseResult.GetValue(gold)?.FullName ?? FolderSearch.FindUpwards(Directory.GetCurrentDirectory(), DefaultGoldFolder)
                ?? throw new CliUsageException($"Option '--gold' is needed: no '{DefaultGoldFolder}' folder was found here or above.");
            if (!File.Exists(Path.Combine(folder, GoldData.RelationsFileName)))
            {
                throw new CliUsageException($"Option '--gold': '{folder}' has no {GoldData.RelationsFileName}.");
            }

            var (goldRelations, goldEntities) = await GoldData.LoadFolderAsync(folder, cancellationToken).ConfigureAwait(false);
            // With --extractor llm|hybrid, an empty store is filled from seeds/ by that extractor, so a fresh --store scores the model.
            await using var services = await GraphServices.OpenAsync(
                StoreLocation.Parse(parseResult.GetValue(store)), cancellationToken, ExtractorOption.Parse(parseResult.GetValue(extractor))).ConfigureAwait(false);
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

            var report = ExtractionScorer.Score(entities, relationships, goldRelations, goldEntities);
            await console.Out.WriteAsync(report.ToText(parseResult.GetValue(listed)).AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
