using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Cypher;

/// <summary>Checks <see cref="CypherOptions"/> at start-up (source-generated from its data annotations).</summary>
[OptionsValidator]
internal sealed partial class CypherOptionsValidator : IValidateOptions<CypherOptions>;
