using GraphExplorer.Api.Hosting;
using GraphExplorer.Storage.Sqlite;

// The API on its own, over the embedded store (ConnectionStrings:graph or GraphExplorer:Sqlite:Path, default graph.db).
// The CLI's `serve` is the usual way to run it: it picks the store with --store and fills an empty one from seeds/.
var app = GraphExplorerApiHost.Build(args, builder => builder.AddSqliteGraphStore());
app.Run();

/// <summary>The entry point, public for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
