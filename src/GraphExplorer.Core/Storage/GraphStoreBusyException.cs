namespace GraphExplorer.Core.Storage;

/// <summary>Another writer holds the store's writer lock (<see cref="IGraphStore.AcquireWriterLockAsync"/>).</summary>
public sealed class GraphStoreBusyException : IOException
{
    /// <summary>Initializes a new instance.</summary>
    public GraphStoreBusyException()
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">Which store, held by whom, since when, and what to do.</param>
    public GraphStoreBusyException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">Which store, held by whom, since when, and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public GraphStoreBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
