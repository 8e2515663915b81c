namespace GraphExplorer.Extraction.Relations;

/// <summary>How a cue phrase places a relation's source and target around itself.</summary>
internal enum CueShape
{
    /// <summary>Source before the cue, target after it: <c>OpenAI推出了Sora</c>, <c>X invests in Y</c>.</summary>
    Forward,

    /// <summary>Target before the cue, source after it: <c>Imagen来自谷歌</c>, <c>X developed by Y</c>.</summary>
    Backward,

    /// <summary>
    /// The cue opens a span that a closer ends; one argument sits inside, the other outside:
    /// <c>X由Y开发</c>, <c>X获得Y的投资</c>, <c>基于Y的X</c>, <c>为Y提供算力</c>.
    /// </summary>
    Enclosed,

    /// <summary>
    /// A use of someone's compute: the consumer before the cue, the supplier (a company, or the maker of a chip) after it
    /// (<c>X采购了英伟达的A100</c>, <c>X的训练使用了256张Nvidia A100</c>, <c>X runs on Azure</c>).
    /// </summary>
    ComputeUse,

    /// <summary>
    /// A customer of someone's compute: the supplier right before the cue (or after <c>of</c>), the customer the clause's
    /// subject (<c>X是最大的英伟达算力方</c>, <c>X is NVIDIA's largest customer</c>, <c>X, a customer of CoreWeave</c>).
    /// </summary>
    Customer,

    /// <summary>
    /// A supplier giving compute to a company after <c>to</c> (<c>Rimal Compute signed a deal to supply 4,000 H200 GPUs to
    /// Saffana AI</c>, <c>rents GB200 capacity to Mistral AI</c>): the cue's subject supplies the company.
    /// </summary>
    ComputeTo,

    /// <summary>A word that only looks like a cue (<c>由于</c>, <c>作为</c>); matching it stops shorter cues firing inside it.</summary>
    None,
}
