using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Serialization;

namespace GraphExplorer.Core.Export;

/// <summary>Writes entities then relations, one JSON object per line.</summary>
internal static class JsonLinesExportWriter
{
    public static async Task WriteAsync(
        IReadOnlyList<Entity> entities, IAsyncEnumerable<Relationship> relationships, TextWriter writer, CancellationToken cancellationToken)
    {
        var names = new Dictionary<EntityKey, string>(entities.Count);
        foreach (var e in entities)
        {
            names[e.Key] = e.Name;
            var line = new EntityExportLine(e.Key.Value, e.Name, e.Type.ToString(), e.Aliases, e.Layer, e.Category);
            await writer.WriteLineAsync(GraphJson.Serialize(line).AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        await foreach (var r in relationships.ConfigureAwait(false))
        {
            var line = new RelationExportLine(
                r.Type.ToWireName(), names.GetValueOrDefault(r.Source, r.Source.Value), names.GetValueOrDefault(r.Target, r.Target.Value), r.Evidence);
            await writer.WriteLineAsync(GraphJson.Serialize(line).AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }
}
