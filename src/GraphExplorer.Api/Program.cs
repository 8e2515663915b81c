using GraphExplorer.Api.Hosting;

// The store is plugged in here (and in the CLI's `serve`): e.g. builder => builder.AddSqliteGraphStore("graph").
// Until a store project is referenced, nothing is registered and start-up says so.
var app = GraphExplorerApiHost.Build(args, _ => { });
app.Run();

/// <summary>The entry point, public for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
