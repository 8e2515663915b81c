using System.Globalization;
using System.Text;
using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Core.Export;

/// <summary>
/// Writes a Cypher script of idempotent MERGE statements that rebuilds the graph in Neo4j (run it with
/// cypher-shell or paste it into Neo4j Browser). Values are written as escaped Cypher string literals.
/// </summary>
internal static class CypherExportWriter
{
    public static async Task WriteAsync(
        IReadOnlyList<Entity> entities, IAsyncEnumerable<Relationship> relationships, TextWriter writer, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync("// GraphExplorer export: re-runnable, every statement MERGEs on a unique key.".AsMemory(), cancellationToken).ConfigureAwait(false);
        await writer.WriteLineAsync("CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;".AsMemory(), cancellationToken).ConfigureAwait(false);
        foreach (var e in entities)
        {
            var line = new StringBuilder()
                .Append("MERGE (e:Entity {key: ").Append(Literal(e.Key.Value)).Append("}) SET e.name = ").Append(Literal(e.Name))
                .Append(", e.type = ").Append(Literal(e.Type.ToString()))
                .Append(", e.aliases = ").Append(List(e.Aliases))
                .Append(", e.normalizedAliases = ").Append(List(e.Aliases.Select(EntityNames.Normalize).Distinct()))
                .Append(", e.layer = ").Append(Literal(e.Layer))
                .Append(", e.category = ").Append(Literal(e.Category))
                .Append(';');
            await writer.WriteLineAsync(line, cancellationToken).ConfigureAwait(false);
        }

        await foreach (var r in relationships.ConfigureAwait(false))
        {
            var line = new StringBuilder()
                .Append("MATCH (s:Entity {key: ").Append(Literal(r.Source.Value)).Append("}), (t:Entity {key: ").Append(Literal(r.Target.Value)).Append("}) ")
                .Append("MERGE (s)-[r:").Append(r.Type.ToWireName()).Append("]->(t) SET ")
                .Append("r.evidenceDocs = ").Append(List(r.Evidence.Select(v => v.Document)))
                .Append(", r.evidenceLines = [").AppendJoin(", ", r.Evidence.Select(v => v.Line.ToString(CultureInfo.InvariantCulture))).Append(']')
                .Append(", r.evidenceQuotes = ").Append(List(r.Evidence.Select(v => v.Quote)))
                .Append(", r.evidenceBases = ").Append(List(r.Evidence.Select(v => v.Basis.ToString())))
                .Append(", r.evidenceModels = ").Append(List(r.Evidence.Select(v => v.Basis == EvidenceBasis.Llm ? v.Model ?? string.Empty : string.Empty)))
                .Append(", r.support = ").Append(r.Support.ToString(CultureInfo.InvariantCulture))
                .Append(';');
            await writer.WriteLineAsync(line, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A Cypher string literal: single-quoted, with backslash, quote and control characters escaped.</summary>
    internal static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '\'' => builder.Append(@"\'"),
                '\n' => builder.Append(@"\n"),
                '\r' => builder.Append(@"\r"),
                '\t' => builder.Append(@"\t"),
                _ when char.IsControl(c) => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('\'').ToString();
    }

    private static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Literal)) + "]";
}
