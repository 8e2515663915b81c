using System.Runtime.ExceptionServices;
using GraphExplorer.Core.Documents;

namespace GraphExplorer.Ingestion.Documents;

/// <summary>What writing one batch did: the documents it finished, in order, and the store error that stopped it, if any.</summary>
/// <param name="Done">Each document finished: written (no refusal) or refused alone by the store (rolled back, the others kept).</param>
/// <param name="Error">
/// The error that stopped the batch (store full, locked, unreachable; or a cancel), captured to be thrown where the
/// outcome is reported; the documents after <paramref name="Done"/> were not written.
/// </param>
internal sealed record BatchOutcome(
    IReadOnlyList<(DocumentExtraction Extraction, string Path, Exception? Refusal)> Done,
    ExceptionDispatchInfo? Error);
