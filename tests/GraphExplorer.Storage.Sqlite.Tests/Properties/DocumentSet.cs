using GraphExplorer.Core.Documents;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Storage.Sqlite.Tests.Properties;

/// <summary>A few document graphs over a small shared set of entities, so that documents overlap; printed edge by edge.</summary>
/// <param name="Documents">The documents, in the order generated.</param>
public sealed record DocumentSet(IReadOnlyList<DocumentGraph> Documents)
{
    public override string ToString() =>
        string.Join(
            " | ",
            Documents.Select(d => $"{d.Document}: " + string.Join(", ", d.Relationships.Select(r =>
                $"{r.Source} {r.Type.ToWireName()} {r.Target} @{string.Join("/", r.Evidence.Select(e => e.Line))}"))));
}
