namespace GraphExplorer.Extraction.Llm;

/// <summary>Which extractor reads the documents (<c>--extractor</c>).</summary>
public enum ExtractorMode
{
    /// <summary>The rule extractor only: deterministic, offline; no model is ever called.</summary>
    Rules,

    /// <summary>The model only: its relations, each verified against the cited line.</summary>
    Llm,

    /// <summary>The rules' graph plus the model's verified relations, one edge per (source, type, target).</summary>
    Hybrid,
}
