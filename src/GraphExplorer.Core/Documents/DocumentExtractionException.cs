namespace GraphExplorer.Core.Documents;

/// <summary>
/// Extraction of one document could not finish (e.g. the model endpoint kept failing, or answered malformed JSON).
/// The document is reported with <see cref="Exception.Message"/> and what the store holds for it is left unchanged.
/// </summary>
public sealed class DocumentExtractionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentExtractionException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why extraction failed, naming the section.</param>
    public DocumentExtractionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why extraction failed, naming the section.</param>
    /// <param name="innerException">The failure underneath.</param>
    public DocumentExtractionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
