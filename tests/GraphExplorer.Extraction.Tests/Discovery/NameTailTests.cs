using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Tests.Discovery;

/// <summary>Editions and short versions written after a space belong to the name before them; counts and years do not.</summary>
public sealed class NameTailTests
{
    private static IReadOnlyList<string> Surfaces(string line) =>
        new MentionFinder(EntityCatalogue.Default).Find(line).ConvertAll(m => m.Surface);

    [Theory]
    [InlineData("墨岚科技发布了墨岚-ASR Pro。", "墨岚-ASR Pro")]
    [InlineData("墨岚科技发布了墨岚-TTS 3和墨岚-XL 2.0。", "墨岚-TTS 3")]
    [InlineData("墨岚科技发布了墨岚-TTS 3和墨岚-XL 2.0。", "墨岚-XL 2.0")]
    [InlineData("Kestrel Audio released Kestrel v3 in June.", "Kestrel v3")]
    [InlineData("The glasses run on Qualcomm's Snapdragon AR1 Gen 1.", "Snapdragon AR1 Gen 1")]
    [InlineData("它以Whisper large-v3为基础。", "Whisper large-v3")]
    public void Find_EditionOrVersionAfterASpace_PartOfTheName(string line, string surface)
    {
        Assert.Contains(surface, Surfaces(line));
    }

    [Theory]
    [InlineData("墨岚科技发布了墨岚-13B 10亿参数版本。", "墨岚-13B")]
    [InlineData("墨岚科技发布了墨岚-XL 2024年的新版。", "墨岚-XL")]
    public void Find_CountOrYearAfterASpace_NotPartOfTheName(string line, string surface)
    {
        Assert.Contains(surface, Surfaces(line));
    }

    [Fact]
    public void Find_KindWrittenAfterAQuotedName_NotANameOfItsOwn()
    {
        var surfaces = Surfaces("“帧影”剪辑App接入了墨岚-V2。");

        Assert.Contains("帧影", surfaces);
        Assert.DoesNotContain("剪辑App", surfaces);
    }

    [Theory]
    [InlineData("Kestrel Labs开源了Kestrel-MoE 30B-A3B。", "Kestrel-MoE 30B-A3B")]
    [InlineData("它基于ESM-2 650M微调。", "ESM-2 650M")]
    public void Find_ParameterCountAfterASpace_PartOfTheName(string line, string surface)
    {
        Assert.Contains(surface, Surfaces(line));
    }
}
