using System.CommandLine;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Cli.Commands;

/// <summary>
/// <c>curate merge|split|reject|confirm|add-edge|alias|rename|retype|duplicates|list|undo</c>: analysts' corrections, stored in the store
/// beside what extraction wrote and applied on every read, so they hold across re-ingest.
/// </summary>
internal static class CurateCommand
{
    public static Command Create(CliConsole console)
    {
        var alias = new Command("alias", "Add or remove an alias of an entity.")
        {
            Decide(console, "add", "Give an entity another alias.", CurationKind.AddAlias, "entity", null, "alias"),
            Decide(console, "remove", "Take an alias away from an entity.", CurationKind.RemoveAlias, "entity", null, "alias"),
        };
        return new Command("curate", "Correct the graph: merge, split, rename, retype, aliases, reject/confirm/add edges; list and undo decisions.")
        {
            Decide(console, "merge", "Merge entity <b> into <a>: <a> absorbs its names, aliases, edges and evidence.", CurationKind.Merge, "a", "b", null),
            DecideEdge(console, "reject", "Hide an edge from every answer and export, however often the text states it.", CurationKind.RejectEdge, "--reason"),
            DecideEdge(console, "confirm", "Confirm an extracted edge (adds your note as curated evidence).", CurationKind.ConfirmEdge, "--note"),
            DecideEdge(console, "add-edge", "Add an edge the text does not state, with your note as its evidence.", CurationKind.AddEdge, "--note"),
            alias,
            Decide(console, "rename", "Give an entity another canonical name (its key and old name stay).", CurationKind.Rename, "entity", null, "name"),
            Decide(console, "retype", "Change an entity's type (Company, Model, Product).", CurationKind.Retype, "entity", null, "type"),
            CurateSplitCommand.Create(console, Analyst),
            CurateDuplicatesCommand.Create(console),
            Decide(console, "dismiss", "Say <a> and <b> are not duplicates: never suggest the pair again.", CurationKind.DismissDuplicate, "a", "b", null),
            CurationListing.List(console),
            CurationListing.Undo(console),
        };
    }

    private static Command Decide(CliConsole console, string name, string description, CurationKind kind, string entityName, string? otherName, string? valueName)
    {
        var entity = new Argument<string>(entityName) { Description = "An entity's name, alias or key." };
        var other = otherName is null ? null : new Argument<string>(otherName) { Description = "The entity absorbed (name, alias or key)." };
        var value = valueName is null ? null : new Argument<string>(valueName) { Description = $"The {valueName}." };
        var (note, analyst, store) = (Note("--note", "Why."), Analyst(), CommonOptions.Store());
        var command = new Command(name, description) { entity, note, analyst, store };
        Add(command, other);
        Add(command, value);
        command.SetAction((parseResult, cancellationToken) => RecordAsync(
            console,
            parseResult.GetValue(store),
            new CurationRequest(
                kind,
                parseResult.GetRequiredValue(entity),
                other is null ? null : parseResult.GetRequiredValue(other),
                null,
                value is null ? null : parseResult.GetRequiredValue(value),
                parseResult.GetRequiredValue(analyst),
                parseResult.GetValue(note)),
            cancellationToken));
        return command;
    }

    private static Command DecideEdge(CliConsole console, string name, string description, CurationKind kind, string noteName)
    {
        var source = new Argument<string>("source") { Description = "The edge's source entity (name, alias or key)." };
        var type = new Argument<string>("TYPE") { Description = $"The relationship type: {string.Join(", ", RelationshipTypes.All.Select(t => t.ToWireName()))}." };
        var target = new Argument<string>("target") { Description = "The edge's target entity (name, alias or key)." };
        var note = Note(noteName, kind == CurationKind.RejectEdge ? "Why the edge is wrong (required)." : "Your note, kept as the edge's evidence.");
        note.Required = kind != CurationKind.ConfirmEdge;
        var (analyst, store) = (Analyst(), CommonOptions.Store());
        var command = new Command(name, description) { source, type, target, note, analyst, store };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var typeName = parseResult.GetRequiredValue(type);
            if (!RelationshipTypes.TryParse(typeName, out var relationshipType))
            {
                throw new CliUsageException(
                    $"TYPE must be one of {string.Join(", ", RelationshipTypes.All.Select(t => t.ToWireName()))}; got '{typeName}'.");
            }

            return RecordAsync(
                console,
                parseResult.GetValue(store),
                new CurationRequest(
                    kind, parseResult.GetRequiredValue(source), parseResult.GetRequiredValue(target), relationshipType, null,
                    parseResult.GetRequiredValue(analyst), parseResult.GetValue(note)),
                cancellationToken);
        });
        return command;
    }

    private static async Task<int> RecordAsync(CliConsole console, string? store, CurationRequest request, CancellationToken cancellationToken)
    {
        await using var services = await GraphServices.OpenAsync(StoreLocation.Parse(store), cancellationToken).ConfigureAwait(false);
        var decision = await services.Curation.DecideAsync(request, cancellationToken).ConfigureAwait(false);
        await console.Out.WriteLineAsync($"Recorded {decision.Id}: {CurationListing.Describe(decision)}".AsMemory(), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static void Add(Command command, Argument<string>? argument)
    {
        if (argument is not null)
        {
            command.Arguments.Add(argument);
        }
    }

    private static Option<string?> Note(string name, string description) => new(name) { Description = description };

    /// <summary>The <c>--analyst</c> option: who decides; $GRAPHEXPLORER_ANALYST, else the user name.</summary>
    private static Option<string> Analyst() => new("--analyst")
    {
        Description = "Who decides (default $GRAPHEXPLORER_ANALYST, else the user name).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("GRAPHEXPLORER_ANALYST") is { Length: > 0 } analyst ? analyst : Environment.UserName,
    };
}
