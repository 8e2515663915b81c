namespace GraphExplorer.Core.Relationships;

/// <summary>How a piece of evidence was found in the text.</summary>
public enum EvidenceBasis
{
    /// <summary>From a sentence's cue phrase (投资, built on, 竞争 …).</summary>
    Prose,

    /// <summary>From document structure: a list item, a heading, a table row.</summary>
    Structure,

    /// <summary>From a language model's answer, kept only after its quote and names were checked against the cited line.</summary>
    Llm,

    /// <summary>From an analyst's decision (an edge added or confirmed by hand): <see cref="Evidence.Analyst"/> says who, the quote is the note.</summary>
    Curated,
}
