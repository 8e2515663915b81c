using GraphExplorer.Cli.Output;
using GraphExplorer.Core.Relationships;
using GraphExplorer.Core.Traversals;

namespace GraphExplorer.Cli.Tests.Output;

public sealed class TraversalResultWriterTests
{
    [Fact]
    public async Task Write_LlmEvidence_IsLabelledWithItsModelAndRulesEvidenceIsNot()
    {
        var step = new PathStep(
            "ByteDance", "BUILT_ON", "NVIDIA",
            [
                new Evidence("a.md", 3, "字节跳动采购了英伟达 H100", EvidenceBasis.Prose),
                new Evidence("b.md", 7, "ByteDance trains on NVIDIA GPUs", EvidenceBasis.Llm, Model: "qwen2.5:7b"),
            ],
            "bytedance", "nvidia", 2);
        var result = new TraversalResult(
            "dependents-of",
            new TraversalParameters("NVIDIA", null, 4, 10),
            [new TraversalRow(new EntitySummary("bytedance", "ByteDance", "Company"), 1, [step], Dependence: Dependence.Compute)]);
        using var writer = new StringWriter();

        await TraversalResultWriter.WriteAsync(result, writer, TestContext.Current.CancellationToken);

        var lines = writer.ToString().Split('\n');
        Assert.Contains(lines, l => l.Contains("b.md:7  llm:qwen2.5:7b", StringComparison.Ordinal));
        var rulesLine = Assert.Single(lines, l => l.Contains("a.md:3", StringComparison.Ordinal));
        Assert.DoesNotContain("llm", rulesLine, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("1. ByteDance (Company)  1 hop  [compute]", StringComparison.Ordinal));
    }
}
