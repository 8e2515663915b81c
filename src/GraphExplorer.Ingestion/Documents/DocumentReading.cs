using GraphExplorer.Core.Documents;

namespace GraphExplorer.Ingestion.Documents;

/// <summary>What reading one file gave: its text ready for extraction, "unchanged", or a reason to skip it.</summary>
/// <param name="Source">The document to extract, when it is new or changed and readable.</param>
/// <param name="SkipReason">Why it cannot be ingested, when it cannot.</param>
internal sealed record DocumentReading(DocumentSource? Source, string? SkipReason)
{
    /// <summary>The file's hash equals the store's: nothing to do.</summary>
    public static DocumentReading Unchanged { get; } = new(null, null);

    /// <summary>A file that cannot be ingested.</summary>
    /// <param name="reason">Why.</param>
    /// <returns>The reading.</returns>
    public static DocumentReading Skip(string reason) => new(null, reason);
}
