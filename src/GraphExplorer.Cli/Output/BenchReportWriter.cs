using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GraphExplorer.Bench;
using GraphExplorer.Core.Serialization;

namespace GraphExplorer.Cli.Output;

/// <summary>
/// Writes a bench report as one JSON object (snake_case figures: the headline ones from the largest corpus and graph
/// measured, then every corpus and the <c>scale</c> table) or as text tables.
/// </summary>
internal static class BenchReportWriter
{
    public static string ToJson(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var corpus = report.LargestCorpus;
        var ingested = report.LargestIngested;
        var graph = report.LargestGraph;
        var json = new JsonObject
        {
            ["cores"] = report.ProcessorCount,
            ["corpus_mb"] = Round(corpus?.Megabytes),
            ["extract_mb_per_s"] = Round(corpus?.OneCore.MegabytesPerSecond),
            ["extract_mb_per_s_all_cores"] = Round(corpus?.AllCores.MegabytesPerSecond),
            ["extract_mb_per_cpu_s"] = Round(corpus?.OneCore.MegabytesPerProcessorSecond),
            ["extract_warmup_passes"] = corpus?.OneCore.WarmUpPasses,
            ["extract_passes"] = corpus?.OneCore.Passes,
            ["ingest_corpus_mb"] = Round(ingested?.Megabytes),
            ["ingest_mb_per_s"] = Round(ingested?.Ingest?.MegabytesPerSecond),
            ["ingest_s"] = Round(ingested?.Ingest?.Elapsed.TotalSeconds),
            ["ingest_cpu_s"] = Round(ingested?.Ingest?.ProcessorTime.TotalSeconds),
            ["peak_memory_mb"] = Round(report.PeakMemoryMegabytes),
            ["graph_entities"] = graph?.Entities,
            ["graph_edges"] = graph?.Edges,
            ["dependents_of_p50_ms"] = Round(graph?.DependentsOf.P50),
            ["dependents_of_p99_ms"] = Round(graph?.DependentsOf.P99),
            ["dependents_of_cpu_ms"] = Round(graph?.DependentsOf.CpuMean),
            ["path_between_p50_ms"] = Round(graph?.PathBetween.P50),
            ["path_between_p99_ms"] = Round(graph?.PathBetween.P99),
            ["path_between_cpu_ms"] = Round(graph?.PathBetween.CpuMean),
            ["most_depended_on_p50_ms"] = Round(graph?.MostDependedOn.P50),
            ["most_depended_on_p99_ms"] = Round(graph?.MostDependedOn.P99),
            ["most_depended_on_cpu_ms"] = Round(graph?.MostDependedOn.CpuMean),
            ["most_depended_on_first_ms"] = Round(graph?.MostDependedOnFirst.TotalMilliseconds),
            ["load_s"] = Round(graph?.Load.TotalSeconds),
            ["load_cpu_s"] = Round(graph?.LoadCpu.TotalSeconds),
            ["model_build_s"] = Round(graph?.ModelBuild.TotalSeconds),
            ["floor_dependents_of_p50_ms"] = Round(graph?.Floor.P50, 4),
            ["corpora"] = new JsonArray(report.Corpora.Select(c => (JsonNode)new JsonObject
            {
                ["corpus_mb"] = Round(c.Megabytes),
                ["files"] = c.Files,
                ["generate_s"] = Round(c.Generation.TotalSeconds),
                ["extract_mb_per_s"] = Round(c.OneCore.MegabytesPerSecond),
                ["extract_mb_per_s_all_cores"] = Round(c.AllCores.MegabytesPerSecond),
                ["extract_mb_per_cpu_s"] = Round(c.OneCore.MegabytesPerProcessorSecond),
                ["extract_warmup_passes"] = c.OneCore.WarmUpPasses,
                ["extract_passes"] = c.OneCore.Passes,
                ["extracted_relationships"] = c.OneCore.Relationships,
                ["ingest_mb_per_s"] = Round(c.Ingest?.MegabytesPerSecond),
                ["ingest_s"] = Round(c.Ingest?.Elapsed.TotalSeconds),
                ["ingest_extract_s"] = Round(c.Ingest?.Extracting.TotalSeconds),
                ["ingest_store_s"] = Round(c.Ingest?.Storing.TotalSeconds),
                ["ingest_cpu_s"] = Round(c.Ingest?.ProcessorTime.TotalSeconds),
                ["ingested_entities"] = c.Ingest?.Entities,
                ["ingested_edges"] = c.Ingest?.Edges,
                ["peak_memory_mb"] = Round(c.PeakMemoryMegabytes),
            }).ToArray()),
            ["scale"] = new JsonArray(report.Graphs.Select(g => (JsonNode)new JsonObject
            {
                ["edges"] = g.Edges,
                ["entities"] = g.Entities,
                ["load_s"] = Round(g.Load.TotalSeconds),
                ["load_cpu_s"] = Round(g.LoadCpu.TotalSeconds),
                ["model_build_s"] = Round(g.ModelBuild.TotalSeconds),
                ["floor_dependents_of_p50_ms"] = Round(g.Floor.P50, 4),
                ["dependents_of_p50_ms"] = Round(g.DependentsOf.P50),
                ["dependents_of_cpu_ms"] = Round(g.DependentsOf.CpuMean),
                ["dependents_of_p99_ms"] = Round(g.DependentsOf.P99),
                ["path_between_p50_ms"] = Round(g.PathBetween.P50),
                ["path_between_cpu_ms"] = Round(g.PathBetween.CpuMean),
                ["path_between_p99_ms"] = Round(g.PathBetween.P99),
                ["most_depended_on_p50_ms"] = Round(g.MostDependedOn.P50),
                ["most_depended_on_cpu_ms"] = Round(g.MostDependedOn.CpuMean),
                ["most_depended_on_first_ms"] = Round(g.MostDependedOnFirst.TotalMilliseconds),
                ["mean_dependents"] = Round(g.MeanDependents),
                ["paths_found"] = Round(g.PathsFound),
            }).ToArray()),
            ["elapsed_s"] = Round(report.Elapsed.TotalSeconds),
        };
        return json.ToJsonString(GraphJson.Options);
    }

    public static string ToTable(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder()
            .AppendLine(Invariant($"Bench on {report.ProcessorCount} cores, {report.Elapsed.TotalSeconds:F0} s (1 MB = 1 MiB)"))
            .AppendLine()
            .AppendLine("Corpus      Files  Extract 1 core  (per CPU-s)  Extract all  Ingest        Peak memory")
            .AppendLine("----------  -----  --------------  -----------  -----------  ------------  -----------");
        foreach (var c in report.Corpora)
        {
            var ingest = c.Ingest is { } i ? Invariant($"{i.MegabytesPerSecond,5:F1} MB/s") : "not run";
            text.AppendLine(Invariant(
                $"{c.Megabytes,7:F0} MB  {c.Files,5}  {c.OneCore.MegabytesPerSecond,9:F1} MB/s  {c.OneCore.MegabytesPerProcessorSecond,6:F1} MB/s  {c.AllCores.MegabytesPerSecond,6:F1} MB/s  {ingest,-12}  {c.PeakMemoryMegabytes,8:F0} MB"));
        }

        text.AppendLine()
            .AppendLine("Edges      Entities  Load     dependents-of p50/p99  path-between p50/p99  most-depended-on p50")
            .AppendLine("---------  --------  -------  ---------------------  --------------------  --------------------");
        foreach (var g in report.Graphs)
        {
            text.AppendLine(Invariant(
                $"{g.Edges,9:N0}  {g.Entities,8:N0}  {g.Load.TotalSeconds,5:F1} s  {Latency(g.DependentsOf.P50, g.DependentsOf.P99),21}  {Latency(g.PathBetween.P50, g.PathBetween.P99),20}  {g.MostDependedOn.P50,17:F1} ms"));
        }

        return text.ToString().TrimEnd();
    }

    private static string Latency(double p50, double p99) => Invariant($"{p50:F2} / {p99:F2} ms");

    private static double? Round(double? value, int digits = 3) => value is { } v ? Math.Round(v, digits) : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
