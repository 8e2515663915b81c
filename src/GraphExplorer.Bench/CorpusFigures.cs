using GraphExplorer.Bench.Extraction;
using GraphExplorer.Bench.Ingestion;

namespace GraphExplorer.Bench;

/// <summary>What was measured on one synthetic corpus.</summary>
/// <param name="Megabytes">The corpus size in MiB.</param>
/// <param name="Files">The number of files.</param>
/// <param name="Generation">Time to write the corpus.</param>
/// <param name="OneCore">Extraction, one document at a time.</param>
/// <param name="AllCores">Extraction over all cores.</param>
/// <param name="Ingest">Ingestion into a fresh store, or <see langword="null"/> when the corpus was too large to ingest.</param>
/// <param name="PeakMemoryMegabytes">The process's peak working set while this corpus was measured, in MiB.</param>
public sealed record CorpusFigures(
    double Megabytes,
    int Files,
    TimeSpan Generation,
    ExtractionMeasurement OneCore,
    ExtractionMeasurement AllCores,
    IngestMeasurement? Ingest,
    double PeakMemoryMegabytes);
