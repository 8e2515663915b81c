namespace GraphExplorer.Core.Traversals;

/// <summary>A traversal request that cannot be answered as asked; the message says why and names the parameter.</summary>
public class TraversalException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="parameter">The parameter at fault (<c>traversal</c>, <c>entity</c>, <c>to</c>, <c>depth</c>, <c>limit</c>).</param>
    /// <param name="message">What is wrong.</param>
    public TraversalException(string parameter, string message)
        : base(message)
    {
        Parameter = parameter;
    }

    /// <summary>The parameter at fault.</summary>
    public string Parameter { get; }
}
