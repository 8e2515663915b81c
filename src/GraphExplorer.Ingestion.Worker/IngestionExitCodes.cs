namespace GraphExplorer.Ingestion.Worker;

/// <summary>The ingestion worker's process exit codes.</summary>
public static class IngestionExitCodes
{
    /// <summary>Every document was ingested (or unchanged).</summary>
    public const int Success = 0;

    /// <summary>The run failed or was cancelled: the store holds what was committed before.</summary>
    public const int Failed = 1;

    /// <summary>The run completed but skipped at least one bad document (listed in the log).</summary>
    public const int DocumentsSkipped = 3;
}
