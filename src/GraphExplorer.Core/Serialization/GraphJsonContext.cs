using System.Text.Json.Serialization;
using GraphExplorer.Core.Curation;
using GraphExplorer.Core.Export;
using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Core.Serialization;

/// <summary>Source-generated JSON for the wire contract shared by the CLI and the HTTP API.</summary>
[JsonSourceGenerationOptions(
    UseStringEnumConverter = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(TraversalResult))]
[JsonSerializable(typeof(IReadOnlyList<TraversalDefinition>))]
[JsonSerializable(typeof(EntityExportLine))]
[JsonSerializable(typeof(RelationExportLine))]
[JsonSerializable(typeof(CurationDecision))]
[JsonSerializable(typeof(IReadOnlyList<CurationEntry>))]
[JsonSerializable(typeof(CurationImportReport))]
[JsonSerializable(typeof(IReadOnlyList<DuplicateSuggestion>))]
public sealed partial class GraphJsonContext : JsonSerializerContext;
