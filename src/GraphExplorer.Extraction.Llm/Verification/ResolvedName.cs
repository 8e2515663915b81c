using GraphExplorer.Core.Entities;

namespace GraphExplorer.Extraction.Llm.Verification;

/// <summary>A name from the model's answer, found on its line and resolved to an entity.</summary>
/// <param name="Key">The entity's key (the catalogue's when catalogued, so 英伟达 and NVIDIA are one node).</param>
/// <param name="Name">The entity's canonical name.</param>
/// <param name="Type">The entity's type.</param>
/// <param name="Surface">The form in which it occurs on the line.</param>
/// <param name="IsCatalogued">Whether the catalogue knows it.</param>
internal sealed record ResolvedName(EntityKey Key, string Name, EntityType Type, string Surface, bool IsCatalogued);
