using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>A name found in the text: where it stands, how sure discovery is, and the type its shape or context gives.</summary>
/// <param name="Start">The index of its first character.</param>
/// <param name="End">The index just past its last character.</param>
/// <param name="Origin"><see cref="MentionOrigin.Discovered"/> or <see cref="MentionOrigin.Candidate"/>.</param>
/// <param name="Type">The inferred type, or <see langword="null"/>.</param>
internal readonly record struct DiscoveredName(int Start, int End, MentionOrigin Origin, EntityType? Type);
