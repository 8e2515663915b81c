using System.ComponentModel.DataAnnotations;

namespace GraphExplorer.Bench.Corpus;

/// <summary>The size and shape of a synthetic corpus.</summary>
public sealed record SyntheticCorpusOptions
{
    /// <summary>The default <see cref="MinFileBytes"/>: 100 KiB.</summary>
    public const int DefaultMinFileBytes = 100 * 1024;

    /// <summary>The default <see cref="MaxFileBytes"/>: 500 KiB.</summary>
    public const int DefaultMaxFileBytes = 500 * 1024;

    /// <summary>The corpus size to reach, in bytes of UTF-8; the last line written may pass it by a line.</summary>
    /// <value>The default value is 10 MiB.</value>
    [Range(1, long.MaxValue)]
    public long TargetBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>The smallest file written (but the last, which holds what is left).</summary>
    /// <value>The default value is <see cref="DefaultMinFileBytes"/>.</value>
    [Range(1, int.MaxValue)]
    public int MinFileBytes { get; init; } = DefaultMinFileBytes;

    /// <summary>The largest file written, give or take a line.</summary>
    /// <value>The default value is <see cref="DefaultMaxFileBytes"/>.</value>
    [Range(1, int.MaxValue)]
    public int MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>The random seed: the same seed and seeds folder give the same bytes.</summary>
    /// <value>The default value is 42.</value>
    public int Seed { get; init; } = 42;
}
