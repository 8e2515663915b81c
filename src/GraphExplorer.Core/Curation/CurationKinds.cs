using System.Diagnostics.CodeAnalysis;

namespace GraphExplorer.Core.Curation;

/// <summary>Maps <see cref="CurationKind"/> to and from its wire name (<c>add-alias</c>): the one place that does.</summary>
public static class CurationKinds
{
    /// <summary>Gets the wire name of a kind, as stored and exported.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The kebab-case name, e.g. <c>reject-edge</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined kind.</exception>
    public static string ToWireName(this CurationKind kind) => kind switch
    {
        CurationKind.Merge => "merge",
        CurationKind.Rename => "rename",
        CurationKind.Retype => "retype",
        CurationKind.AddAlias => "add-alias",
        CurationKind.RemoveAlias => "remove-alias",
        CurationKind.RejectEdge => "reject-edge",
        CurationKind.ConfirmEdge => "confirm-edge",
        CurationKind.AddEdge => "add-edge",
        CurationKind.Split => "split",
        CurationKind.DismissDuplicate => "dismiss-duplicate",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown curation kind."),
    };

    /// <summary>Parses a wire name (case-insensitive).</summary>
    /// <param name="wireName">The wire name.</param>
    /// <param name="kind">The kind when the name is known.</param>
    /// <returns><see langword="true"/> when the name is a known kind.</returns>
    public static bool TryParse([NotNullWhen(true)] string? wireName, out CurationKind kind)
    {
        foreach (var candidate in Enum.GetValues<CurationKind>())
        {
            if (string.Equals(candidate.ToWireName(), wireName?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Whether the kind is about an edge (source, type, target) rather than one entity.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for reject, confirm and add edge.</returns>
    public static bool IsEdgeKind(this CurationKind kind) => kind is CurationKind.RejectEdge or CurationKind.ConfirmEdge or CurationKind.AddEdge;
}
