namespace GraphExplorer.Ingestion.Documents;

/// <summary>Progress of an ingestion run, reported as each document starts.</summary>
/// <param name="Index">The document's 1-based position in the run.</param>
/// <param name="Total">How many documents the run reads.</param>
/// <param name="Document">The document's path relative to the folder (forward slashes).</param>
public sealed record IngestionProgress(int Index, int Total, string Document);
