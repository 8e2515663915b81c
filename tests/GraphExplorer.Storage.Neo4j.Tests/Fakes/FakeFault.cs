namespace GraphExplorer.Storage.Neo4j.Tests.Fakes;

/// <summary>A fault the fake Neo4j injects, before it processes the request, into the requests that match.</summary>
internal sealed class FakeFault(Func<FakeRequest, bool> when, FakeFaultKind kind, int times = 1)
{
    private readonly int _times = times;
    private int _remaining = times;

    public FakeFaultKind Kind { get; } = kind;

    /// <summary>The Neo4j code for <see cref="FakeFaultKind.Neo4jError"/>.</summary>
    public string Code { get; init; } = "Neo.TransientError.Transaction.DeadlockDetected";

    /// <summary>The HTTP status for <see cref="FakeFaultKind.Neo4jError"/> and <see cref="FakeFaultKind.Status"/>.</summary>
    public int StatusCode { get; init; } = 503;

    /// <summary>How long <see cref="FakeFaultKind.Delay"/> waits before answering.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(5);

    public int Injected => _times - _remaining;

    public bool TryTake(FakeRequest request)
    {
        if (_remaining <= 0 || !when(request))
        {
            return false;
        }

        _remaining--;
        return true;
    }
}

internal enum FakeFaultKind
{
    /// <summary>An HTTP status without a Neo4j error body (a proxy's 503).</summary>
    Status,

    /// <summary>The connection is dropped without an answer.</summary>
    Drop,

    /// <summary>The answer comes after <see cref="FakeFault.Delay"/>, if the client still waits.</summary>
    Delay,

    /// <summary>A Neo4j error (<c>errors[].code</c>); an explicit transaction it hits is rolled back.</summary>
    Neo4jError,
}
