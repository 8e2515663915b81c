using System.ComponentModel.DataAnnotations;

namespace GraphExplorer.Ingestion;

/// <summary>Settings of ingestion: the folder the worker reads and the limits every document is held to.</summary>
public sealed class IngestionOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Ingestion";

    /// <summary>The default <see cref="MaxDocumentBytes"/>: 16 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>The default <see cref="MaxLineLength"/>: 100,000 characters.</summary>
    public const int DefaultMaxLineLength = 100_000;

    /// <summary>The default <see cref="WriteBatchDocuments"/>: 64 documents.</summary>
    public const int DefaultWriteBatchDocuments = 64;

    /// <summary>The default <see cref="WriteBatchBytes"/>: 8 MiB.</summary>
    public const long DefaultWriteBatchBytes = 8 * 1024 * 1024;

    /// <summary>The default <see cref="ExtractionConcurrency"/>: the number of processors, at most 8.</summary>
    public static int DefaultExtractionConcurrency => Math.Clamp(Environment.ProcessorCount, 1, 8);

    /// <summary>The file extensions ingested (compared ignoring case).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".md", ".txt"];

    /// <summary>Gets or sets the folder the ingestion worker reads, recursively. Required by the worker, which checks it exists when it starts.</summary>
    /// <value>The default value is <see langword="null"/>: the worker must be told.</value>
    [Required]
    [ExistingDirectory]
    public string? Folder { get; set; }

    /// <summary>Gets or sets the largest document read, in bytes; larger ones are skipped without being read.</summary>
    /// <value>The default value is <see cref="DefaultMaxDocumentBytes"/> (16 MiB).</value>
    [Range(1L, long.MaxValue)]
    public long MaxDocumentBytes { get; set; } = DefaultMaxDocumentBytes;

    /// <summary>Gets or sets the longest line accepted, in characters; a document with a longer line is skipped.</summary>
    /// <value>The default value is <see cref="DefaultMaxLineLength"/> (100,000).</value>
    [Range(1, int.MaxValue)]
    public int MaxLineLength { get; set; } = DefaultMaxLineLength;

    /// <summary>Gets or sets the name of the source the worker's folder goes to.</summary>
    /// <value>The default value is <see langword="null"/>: the source recorded for the folder, else the folder's name made unique.</value>
    public string? Source { get; set; }

    /// <summary>Gets or sets whether the worker follows symbolic links (inside the folder only; cycles are cut).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool FollowSymlinks { get; set; }

    /// <summary>
    /// Gets or sets the most documents committed in one transaction, on a store that writes batches (the embedded
    /// one); each document stays all or nothing, and a crash loses at most the batch being gathered and the one still
    /// being written (in the background, while the next is gathered).
    /// </summary>
    /// <value>The default value is <see cref="DefaultWriteBatchDocuments"/> (64); 1 commits each document on its own.</value>
    [Range(1, 10_000)]
    public int WriteBatchDocuments { get; set; } = DefaultWriteBatchDocuments;

    /// <summary>Gets or sets the most text, in UTF-8 bytes, gathered into one batch before it is committed.</summary>
    /// <value>The default value is <see cref="DefaultWriteBatchBytes"/> (8 MiB).</value>
    [Range(1L, long.MaxValue)]
    public long WriteBatchBytes { get; set; } = DefaultWriteBatchBytes;

    /// <summary>
    /// Gets or sets how long the first document of a batch may wait for others before the batch is committed anyway,
    /// so a slow extraction (or a model) still makes its progress durable often.
    /// </summary>
    /// <value>The default value is 500 milliseconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan WriteBatchWindow { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Gets or sets how many documents are read and extracted at once, ahead of the writer, with the rule-based
    /// extractor (a model-assisted extractor reads one document ahead and calls the model one document at a time).
    /// Documents are still written in file order, so the result does not depend on it; each one in flight holds its
    /// text and graph in memory.
    /// </summary>
    /// <value>The default value is <see cref="DefaultExtractionConcurrency"/>; 1 extracts one document ahead of the writer.</value>
    [Range(1, 64)]
    public int ExtractionConcurrency { get; set; } = DefaultExtractionConcurrency;
}
