using System.Text.Json.Serialization;

namespace GraphExplorer.Core.Relationships;

/// <summary>Where a relationship is stated: a document, a line and the exact words.</summary>
/// <param name="Document">The document's path relative to its source folder, e.g. <c>000_b7db0be6763041f2.txt</c>.</param>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Quote">The exact text of that line (or the part of it) that states the relationship.</param>
/// <param name="Basis">How the extractor found it.</param>
/// <param name="Source">The source (folder) of the document: stores fill it in on reads; (source, doc) identifies the document.</param>
/// <param name="Analyst">For <see cref="EvidenceBasis.Curated"/> evidence, who decided; else <see langword="null"/>.</param>
/// <param name="Decision">For <see cref="EvidenceBasis.Curated"/> evidence, the decision's id; else <see langword="null"/>.</param>
/// <param name="Model">For <see cref="EvidenceBasis.Llm"/> evidence, the model that answered (e.g. <c>gpt-4o-mini</c>); else <see langword="null"/>.</param>
public sealed record Evidence(
    [property: JsonPropertyName("doc")] string Document,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("basis")] EvidenceBasis Basis = EvidenceBasis.Prose,
    [property: JsonPropertyName("source"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Source = null,
    [property: JsonPropertyName("analyst"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Analyst = null,
    [property: JsonPropertyName("decision"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Decision = null,
    [property: JsonPropertyName("model"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Model = null)
{
    /// <summary>The document name curated evidence carries: <c>curation/{id}</c>, so it sorts after the documents.</summary>
    public const string CuratedDocumentPrefix = "curation/";

    /// <summary>
    /// How the evidence was found, in one word: <c>prose</c>, <c>structure</c>, <c>curated</c>, or <c>llm:{model}</c>
    /// (<c>llm</c> when the model is not known).
    /// </summary>
    /// <returns>The label.</returns>
    public string BasisLabel() => Basis switch
    {
        EvidenceBasis.Llm => string.IsNullOrEmpty(Model) ? "llm" : "llm:" + Model,
        EvidenceBasis.Structure => "structure",
        EvidenceBasis.Curated => "curated",
        _ => "prose",
    };
}
