using GraphExplorer.Core.Serialization;

namespace GraphExplorer.Core.Curation;

/// <summary>Reads and writes a <see cref="CurationKind"/> as its wire name (<c>reject-edge</c>).</summary>
public sealed class CurationKindJsonConverter : WireNameJsonConverter<CurationKind>
{
    /// <inheritdoc />
    protected override string Expected => $"a curation kind, one of {string.Join(", ", Enum.GetValues<CurationKind>().Select(k => k.ToWireName()))}";

    /// <inheritdoc />
    protected override bool TryParse(string? text, out CurationKind value) => CurationKinds.TryParse(text, out value);

    /// <inheritdoc />
    protected override string ToWireName(CurationKind value) => value.ToWireName();
}
