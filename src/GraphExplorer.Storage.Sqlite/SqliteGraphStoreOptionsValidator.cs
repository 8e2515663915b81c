using Microsoft.Extensions.Options;

namespace GraphExplorer.Storage.Sqlite;

/// <summary>Checks <see cref="SqliteGraphStoreOptions"/> against its data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class SqliteGraphStoreOptionsValidator : IValidateOptions<SqliteGraphStoreOptions>;
