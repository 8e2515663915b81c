using System.ComponentModel.DataAnnotations;

namespace GraphExplorer.Api.Answers;

/// <summary>The bounds of <see cref="AnswerCache"/> (section <c>GraphExplorer:AnswerCache</c>).</summary>
public sealed class AnswerCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "GraphExplorer:AnswerCache";

    /// <summary>The most answers kept; 0 turns the cache off.</summary>
    [Range(0, 1_000_000)]
    public int MaxEntries { get; set; } = 1024;

    /// <summary>The most bytes of answers kept (an answer larger than a quarter of it is not kept).</summary>
    [Range(0, long.MaxValue)]
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;
}
