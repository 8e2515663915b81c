using System.CommandLine;
using GraphExplorer.Extraction.Llm;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>--extractor rules|llm|hybrid</c>, shared by <c>ingest</c> and <c>score</c>.</summary>
internal static class ExtractorOption
{
    private static readonly string[] Names = ["rules", "llm", "hybrid"];

    public static Option<string> Create() => new Option<string>("--extractor")
    {
        Description = "Which extractor reads the documents: rules (default; offline), llm (a model through "
            + $"{LlmExtractionOptions.EndpointVariable}, {LlmExtractionOptions.ModelVariable}, {LlmExtractionOptions.ApiKeyVariable}; "
            + "every relation verified against its line) or hybrid (rules plus the model's verified relations).",
        DefaultValueFactory = _ => Names[0],
    }.AcceptOnlyFromAmong(Names);

    public static ExtractorMode Parse(string? value) => value switch
    {
        "llm" => ExtractorMode.Llm,
        "hybrid" => ExtractorMode.Hybrid,
        _ => ExtractorMode.Rules,
    };
}
