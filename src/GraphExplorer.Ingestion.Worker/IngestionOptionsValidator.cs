using Microsoft.Extensions.Options;

namespace GraphExplorer.Ingestion.Worker;

/// <summary>Checks <see cref="IngestionOptions"/> against its data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class IngestionOptionsValidator : IValidateOptions<IngestionOptions>;
