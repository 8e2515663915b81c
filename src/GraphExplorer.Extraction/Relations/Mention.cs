using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Extraction.Relations;

/// <summary>An entity mentioned in a line: a catalogue entity, or a name first met in the text.</summary>
/// <param name="Start">The index of its first character in the line.</param>
/// <param name="End">The index just past its last character.</param>
/// <param name="Surface">The text as written.</param>
/// <param name="Entry">The catalogue entity, or <see langword="null"/> for a name first met in the text.</param>
internal sealed record Mention(int Start, int End, string Surface, CatalogueEntry? Entry)
{
    /// <summary>A name first met in the text, with where it comes from and the type its shape or position gives it.</summary>
    /// <param name="start">The index of its first character in the line.</param>
    /// <param name="end">The index just past its last character.</param>
    /// <param name="surface">The text as written.</param>
    /// <param name="origin"><see cref="MentionOrigin.Discovered"/> or <see cref="MentionOrigin.Candidate"/>.</param>
    /// <param name="type">The type inferred from the text, or <see langword="null"/> when nothing says.</param>
    public Mention(int start, int end, string surface, MentionOrigin origin, EntityType? type)
        : this(start, end, surface, null)
    {
        Origin = origin;
        Type = type;
    }

    /// <summary>The node the mention stands for.</summary>
    public EntityKey Key { get; } = Entry?.Key ?? EntityKey.FromName(Surface);

    /// <summary>The canonical name: the catalogue's, or the surface form for a new name.</summary>
    public string Name => Entry?.Name ?? Surface;

    /// <summary>Where the entity comes from: the catalogue, a confident discovery, or a mere candidate.</summary>
    public MentionOrigin Origin { get; init; } = Entry is null ? MentionOrigin.Candidate : MentionOrigin.Catalogue;

    /// <summary>
    /// The entity's type: the catalogue's, or the one the text's shape and position give it (a company suffix, an
    /// apposition, a version shape); <see langword="null"/> when nothing says.
    /// </summary>
    public EntityType? Type { get; init; } = Entry?.Type;

    /// <summary>
    /// Whether the mention is an entity in its own right: the catalogue knows it, or it was discovered with confidence.
    /// A <see cref="MentionOrigin.Candidate"/> is not.
    /// </summary>
    public bool IsKnown => Origin is not MentionOrigin.Candidate;

    /// <summary>Another name the text gives the entity right where it is mentioned (<c>阶跃星辰（StepFun）</c>), or <see langword="null"/>.</summary>
    public string? Alias { get; init; }

    /// <summary>Whether the name grew from a catalogue name (<c>Mistral Small 3</c> from <c>Mistral Small</c>): a new entity, but as well attested.</summary>
    public bool IsCatalogueVariant { get; init; }

    /// <summary>Whether the catalogue knows the entity.</summary>
    public bool IsCatalogued => Entry is not null;

    /// <summary>Whether the mention is a company (by the catalogue or by inference).</summary>
    public bool IsCompany => Type == EntityType.Company;

    /// <summary>Whether the mention is a model or product, or a name of no known type (which extraction treats as one).</summary>
    public bool IsArtifact => Type is not EntityType.Company;
}
