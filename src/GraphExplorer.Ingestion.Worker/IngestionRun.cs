using GraphExplorer.Ingestion.Documents;

namespace GraphExplorer.Ingestion.Worker;

/// <summary>The outcome of the worker's run, read by <c>Program</c> for the exit code once the host stops.</summary>
internal sealed class IngestionRun
{
    /// <summary>The summary, once the run completed.</summary>
    public IngestionSummary? Summary { get; private set; }

    /// <summary>The process exit code: <see cref="IngestionExitCodes.Failed"/> until the run completes.</summary>
    public int ExitCode { get; private set; } = IngestionExitCodes.Failed;

    /// <summary>Records a completed run.</summary>
    /// <param name="summary">Its summary.</param>
    public void Complete(IngestionSummary summary)
    {
        Summary = summary;
        ExitCode = summary.HasSkipped ? IngestionExitCodes.DocumentsSkipped : IngestionExitCodes.Success;
    }
}
