namespace GraphExplorer.Cli;

/// <summary>The CLI's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>Failed: the store or a file could not be used; the reason is on stderr.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong: unknown command, traversal or entity, or a bad parameter.</summary>
    public const int Usage = 2;

    /// <summary>Ingested, but some documents were skipped (each is listed on stderr with its reason).</summary>
    public const int DocumentsSkipped = 3;
}
