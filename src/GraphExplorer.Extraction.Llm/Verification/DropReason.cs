namespace GraphExplorer.Extraction.Llm.Verification;

/// <summary>Why a relation the model claimed was not kept.</summary>
public enum DropReason
{
    /// <summary>The relation lacks a source, type, target, line or quote.</summary>
    MissingField,

    /// <summary>The type is not one of the five relation types.</summary>
    UnknownType,

    /// <summary>The cited line is not in the section that was sent.</summary>
    LineNotInSection,

    /// <summary>The quote is not an exact substring of the cited line.</summary>
    QuoteNotOnLine,

    /// <summary>The source or target does not occur in the cited line (by name, alias, catalogue or the model's entities).</summary>
    NameNotOnLine,

    /// <summary>The source or target is a person or a generic term, not an entity.</summary>
    NotAnEntity,

    /// <summary>Source and target resolve to the same entity.</summary>
    SameEntity,
}
