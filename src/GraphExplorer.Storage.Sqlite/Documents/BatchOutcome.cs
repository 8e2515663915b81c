namespace GraphExplorer.Storage.Sqlite.Documents;

/// <summary>What became of a batch's documents, each in the batch's order.</summary>
internal sealed class BatchOutcome
{
    /// <summary>The documents written (committed once the batch commits).</summary>
    public List<PreparedDocument> Written { get; } = [];

    /// <summary>The documents refused before anything was written: their graphs are malformed.</summary>
    public List<DocumentPreparation> Refused { get; } = [];

    /// <summary>The documents the store rolled back alone (a constraint or value error), with the error.</summary>
    public List<(DocumentPreparation Document, Exception Error)> RolledBack { get; } = [];

}
