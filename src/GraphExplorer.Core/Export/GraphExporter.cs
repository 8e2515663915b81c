using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Storage;

namespace GraphExplorer.Core.Export;

/// <summary>Writes the whole graph of a store in one of the <see cref="GraphExportFormat"/>s, streaming relationships.</summary>
/// <param name="store">The store to export.</param>
public sealed class GraphExporter(IGraphStore store)
{
    /// <summary>Writes the graph to <paramref name="writer"/>.</summary>
    /// <param name="format">The format.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The format is not defined.</exception>
    public async Task ExportAsync(GraphExportFormat format, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var entities = new List<Entity>();
        await foreach (var entity in store.ReadAllEntitiesAsync(cancellationToken).ConfigureAwait(false))
        {
            entities.Add(entity);
        }

        await WriteAsync(format, entities, store.ReadAllRelationshipsAsync(cancellationToken), writer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes part of the graph, e.g. one traversal's answer: the given edges (with all their evidence) and their entities.</summary>
    /// <param name="format">The format.</param>
    /// <param name="edges">The edges to write; entities are those at their ends.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The format is not defined.</exception>
    public async Task ExportEdgesAsync(
        GraphExportFormat format, IReadOnlyCollection<GraphEdge> edges, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(writer);
        var distinct = edges.Distinct().ToArray();
        var keys = distinct.SelectMany(e => new[] { e.Source, e.Target }).Distinct().ToArray();
        var entities = await store.GetEntitiesAsync(keys, cancellationToken).ConfigureAwait(false);
        var relationships = await store.GetRelationshipsAsync(distinct, cancellationToken).ConfigureAwait(false);
        var ordered = entities.Values.OrderBy(e => e.Key.Value, StringComparer.Ordinal).ToList();
        await WriteAsync(format, ordered, relationships.ToAsyncEnumerable(), writer, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteAsync(
        GraphExportFormat format, List<Entity> entities, IAsyncEnumerable<Relationship> relationships, TextWriter writer, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case GraphExportFormat.JsonLines:
                await JsonLinesExportWriter.WriteAsync(entities, relationships, writer, cancellationToken).ConfigureAwait(false);
                break;
            case GraphExportFormat.GraphMl:
                await GraphMlExportWriter.WriteAsync(entities, relationships, writer, cancellationToken).ConfigureAwait(false);
                break;
            case GraphExportFormat.Cypher:
                await CypherExportWriter.WriteAsync(entities, relationships, writer, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format.");
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
