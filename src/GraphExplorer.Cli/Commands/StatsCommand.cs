using System.CommandLine;
using System.Globalization;
using System.Text;
using GraphExplorer.Core.Serialization;
using System.Text.Json.Nodes;
using GraphExplorer.Cli.Hosting;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>stats</c>: documents, entities per type, edges per type and evidence in the store.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var format = CommonOptions.Format("table", "json");
        var store = CommonOptions.Store();
        var command = new Command("stats", "Count documents, entities, edges per type and evidence in the store.") { format, store };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var location = StoreLocation.Parse(parseResult.GetValue(store));
            await using var services = await GraphServices.OpenAsync(location, cancellationToken).ConfigureAwait(false);
            var stats = await services.Store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
            string text;
            if (parseResult.GetValue(format) == "json")
            {
                var json = new JsonObject
                {
                    ["store"] = location.ToString(),
                    ["documents"] = stats.Documents,
                    ["entities"] = stats.Entities,
                    ["entitiesByType"] = new JsonObject(stats.EntitiesByType.Select(p => KeyValuePair.Create(p.Key.ToString(), (JsonNode?)p.Value))),
                    ["edges"] = stats.Edges,
                    ["edgesByType"] = new JsonObject(stats.EdgesByType.Select(p => KeyValuePair.Create(p.Key.ToWireName(), (JsonNode?)p.Value))),
                    ["evidence"] = stats.Evidence,
                };
                text = json.ToJsonString(GraphJson.Options);
            }
            else
            {
                var builder = new StringBuilder()
                    .AppendLine(CultureInfo.InvariantCulture, $"Store      {location}")
                    .AppendLine(CultureInfo.InvariantCulture, $"Documents  {stats.Documents}")
                    .AppendLine(CultureInfo.InvariantCulture, $"Entities   {stats.Entities} ({string.Join(", ", stats.EntitiesByType.Select(p => $"{p.Key} {p.Value}"))})")
                    .AppendLine(CultureInfo.InvariantCulture, $"Edges      {stats.Edges}");
                foreach (var (type, count) in stats.EdgesByType)
                {
                    builder.AppendLine(CultureInfo.InvariantCulture, $"  {type.ToWireName(),-20} {count}");
                }

                text = builder.Append(CultureInfo.InvariantCulture, $"Evidence   {stats.Evidence}").ToString();
            }

            await console.Out.WriteLineAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
