namespace GraphExplorer.Core.Traversals;

/// <summary>No entity has the given name or alias.</summary>
/// <param name="parameter">The parameter that named it (<c>entity</c> or <c>to</c>).</param>
/// <param name="name">The name asked for.</param>
/// <param name="suggestions">Canonical names of the closest entities, best first.</param>
public sealed class EntityNotFoundException(string parameter, string name, IReadOnlyList<string> suggestions)
    : TraversalException(parameter, BuildMessage(name, suggestions))
{
    /// <summary>The name asked for.</summary>
    public string Name { get; } = name;

    /// <summary>Canonical names of the closest entities, best first.</summary>
    public IReadOnlyList<string> Suggestions { get; } = suggestions;

    private static string BuildMessage(string name, IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0
            ? $"No entity is named '{name}'."
            : $"No entity is named '{name}'. Did you mean: {string.Join(", ", suggestions)}?";
}
