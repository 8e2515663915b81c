using Microsoft.Extensions.Options;

namespace GraphExplorer.Storage.Neo4j;

/// <summary>Checks <see cref="Neo4jGraphStoreOptions"/> at startup (source-generated from its data annotations).</summary>
[OptionsValidator]
internal sealed partial class Neo4jGraphStoreOptionsValidator : IValidateOptions<Neo4jGraphStoreOptions>
{
}
