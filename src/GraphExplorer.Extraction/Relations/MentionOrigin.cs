namespace GraphExplorer.Extraction.Relations;

/// <summary>Where a mention's entity comes from: the catalogue, or the text itself.</summary>
internal enum MentionOrigin
{
    /// <summary>The catalogue knows the entity (canonical name, type, aliases).</summary>
    Catalogue,

    /// <summary>
    /// A name the catalogue does not know, found with confidence from its shape and position (a company suffix, a
    /// multi-word or mixed-case Latin name, a version shape, an apposition): it counts as an entity.
    /// </summary>
    Discovered,

    /// <summary>
    /// A name-like fragment (a quoted word, a single capitalised word) that is an entity only when a rule links it to
    /// one: it never stands on its own.
    /// </summary>
    Candidate,
}
