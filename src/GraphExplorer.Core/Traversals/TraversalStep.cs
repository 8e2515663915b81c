using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Core.Traversals;

/// <summary>One way a traversal may move from an entity: along edges of a type, in a direction.</summary>
/// <param name="Type">The relationship type.</param>
/// <param name="Direction">Which way to follow it, relative to the entity being expanded.</param>
public sealed record TraversalStep(RelationshipType Type, EdgeDirection Direction);
