namespace GraphExplorer.Core.Curation;

/// <summary>What an analyst's decision does to the extracted graph. Wire names (<c>merge</c>) live in <see cref="CurationKinds"/>.</summary>
public enum CurationKind
{
    /// <summary>Entity <see cref="CurationDecision.Entity"/> absorbs entity <see cref="CurationDecision.Other"/>: its names, aliases, edges and evidence.</summary>
    Merge,

    /// <summary>The entity's canonical name becomes <see cref="CurationDecision.Value"/>; its key and the old name (as an alias) stay.</summary>
    Rename,

    /// <summary>The entity's type becomes <see cref="CurationDecision.Value"/>.</summary>
    Retype,

    /// <summary>The entity gains the alias <see cref="CurationDecision.Value"/>.</summary>
    AddAlias,

    /// <summary>The entity loses the alias <see cref="CurationDecision.Value"/> (never its canonical name).</summary>
    RemoveAlias,

    /// <summary>The edge is hidden from every answer and export, however often the text states it.</summary>
    RejectEdge,

    /// <summary>The extracted edge is confirmed: it gains a curated evidence item naming the analyst.</summary>
    ConfirmEdge,

    /// <summary>The edge exists whatever the text says, with the analyst's note as its evidence.</summary>
    AddEdge,

    /// <summary>
    /// The alias <see cref="CurationDecision.Value"/> leaves the entity and becomes an entity of its own, keyed
    /// <see cref="CurationDecision.Other"/> (the alias's key), of the entity's type; the evidence whose quote names the
    /// entity only by that alias moves with it (<see cref="SplitRule"/>).
    /// </summary>
    Split,

    /// <summary>The pair (<see cref="CurationDecision.Entity"/>, <see cref="CurationDecision.Other"/>) is not a duplicate: never suggested again.</summary>
    DismissDuplicate,
}
