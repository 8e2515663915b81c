namespace GraphExplorer.Core.Curation;

/// <summary>A curation request that cannot be carried out as asked: an unknown entity, a malformed decision, a bad import line.</summary>
public sealed class CurationException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="parameter">The argument or field at fault, e.g. <c>entity</c>.</param>
    /// <param name="message">What is wrong, in one line.</param>
    public CurationException(string parameter, string message)
        : base(message) => Parameter = parameter;

    /// <summary>Initializes a new instance.</summary>
    public CurationException()
        : this("request", "The curation request is not valid.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What is wrong.</param>
    public CurationException(string message)
        : this("request", message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CurationException(string message, Exception innerException)
        : base(message, innerException) => Parameter = "request";

    /// <summary>The argument or field at fault.</summary>
    public string Parameter { get; } = "request";
}
