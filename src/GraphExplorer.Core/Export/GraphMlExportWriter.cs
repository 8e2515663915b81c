using System.Globalization;
using System.Xml;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Export;

/// <summary>Writes GraphML (directed) with node and edge attributes that Gephi and yEd show.</summary>
internal static class GraphMlExportWriter
{
    private const string GraphMlNamespace = "http://graphml.graphdrawing.org/xmlns";

    public static async Task WriteAsync(
        IReadOnlyList<Entity> entities, IAsyncEnumerable<Relationship> relationships, TextWriter writer, CancellationToken cancellationToken)
    {
        var settings = new XmlWriterSettings { Async = true, Indent = true, CloseOutput = false };
        await using var xml = XmlWriter.Create(writer, settings);
        await xml.WriteStartDocumentAsync().ConfigureAwait(false);
        await xml.WriteStartElementAsync(null, "graphml", GraphMlNamespace).ConfigureAwait(false);
        await WriteKeyAsync(xml, "name", "node", "label").ConfigureAwait(false);
        await WriteKeyAsync(xml, "type", "node", "type").ConfigureAwait(false);
        await WriteKeyAsync(xml, "aliases", "node", "aliases").ConfigureAwait(false);
        await WriteKeyAsync(xml, "layer", "node", "layer").ConfigureAwait(false);
        await WriteKeyAsync(xml, "category", "node", "category").ConfigureAwait(false);
        await WriteKeyAsync(xml, "relationship", "edge", "type").ConfigureAwait(false);
        await WriteKeyAsync(xml, "support", "edge", "support", "int").ConfigureAwait(false);
        await WriteKeyAsync(xml, "evidence", "edge", "evidence").ConfigureAwait(false);
        await xml.WriteStartElementAsync(null, "graph", GraphMlNamespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, "GraphExplorer").ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed").ConfigureAwait(false);

        foreach (var e in entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "node", GraphMlNamespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, e.Key.Value).ConfigureAwait(false);
            await WriteDataAsync(xml, "name", e.Name).ConfigureAwait(false);
            await WriteDataAsync(xml, "type", e.Type.ToString()).ConfigureAwait(false);
            await WriteDataAsync(xml, "aliases", string.Join(" | ", e.Aliases)).ConfigureAwait(false);
            await WriteDataAsync(xml, "layer", e.Layer).ConfigureAwait(false);
            await WriteDataAsync(xml, "category", e.Category).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }

        var id = 0;
        await foreach (var r in relationships.ConfigureAwait(false))
        {
            await xml.WriteStartElementAsync(null, "edge", GraphMlNamespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, "e" + (id++).ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "source", null, r.Source.Value).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "target", null, r.Target.Value).ConfigureAwait(false);
            if (r.Type.IsSymmetric())
            {
                await xml.WriteAttributeStringAsync(null, "directed", null, "false").ConfigureAwait(false);
            }

            await WriteDataAsync(xml, "relationship", r.Type.ToWireName()).ConfigureAwait(false);
            await WriteDataAsync(xml, "support", r.Support.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
            await WriteDataAsync(xml, "evidence", string.Join("\n", r.Evidence.Select(Line))).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndDocumentAsync().ConfigureAwait(false);
    }

    /// <summary>One mention of the edge's evidence: <c>doc:line: quote</c>, a model's with <c>[llm:{model}]</c> after the line.</summary>
    private static string Line(Evidence evidence) => evidence.Basis == EvidenceBasis.Llm
        ? $"{evidence.Document}:{evidence.Line} [{evidence.BasisLabel()}]: {evidence.Quote}"
        : $"{evidence.Document}:{evidence.Line}: {evidence.Quote}";

    private static async Task WriteKeyAsync(XmlWriter xml, string id, string scope, string name, string type = "string")
    {
        await xml.WriteStartElementAsync(null, "key", GraphMlNamespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "for", null, scope).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, name).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, type).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }

    private static async Task WriteDataAsync(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        await xml.WriteStartElementAsync(null, "data", GraphMlNamespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "key", null, key).ConfigureAwait(false);
        await xml.WriteStringAsync(value).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }
}
