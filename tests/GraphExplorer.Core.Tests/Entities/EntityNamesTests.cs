using GraphExplorer.Core.Entities;

namespace GraphExplorer.Core.Tests.Entities;

public sealed class EntityNamesTests
{
    [Theory]
    [InlineData("NVIDIA", "nvidia")]
    [InlineData("  Google   DeepMind ", "google deepmind")]
    [InlineData("ＯｐｅｎＡＩ", "openai")]
    [InlineData("英伟达", "英伟达")]
    [InlineData("  DeepSeek  深度求索 ", "deepseek 深度求索")]
    [InlineData("Ｇｏｏｇｌｅ 谷歌", "google 谷歌")]
    [InlineData("", "")]
    public void Normalize_VariousForms_FoldsCaseWidthAndSpace(string input, string expected)
    {
        var normalized = EntityNames.Normalize(input);

        Assert.Equal(expected, normalized);
    }

    [Fact]
    public void Normalize_AsciiAndEveryCjkIdeograph_SameAsNfkcThenLowerCase()
    {
        // The one-pass path for ASCII and U+4E00–U+9FFF must give what NFKC + invariant lower case gives.
        var ideographs = string.Concat(Enumerable.Range(0x4E00, 0xA000 - 0x4E00).Select(c => (char)c));
        var name = "Qwen MAX " + ideographs + " Kimi";

        var expected = name.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant();

        Assert.Equal(expected, EntityNames.Normalize(name));
    }

    // Lone surrogates cannot go through attribute data (metadata stores it as UTF-8), hence one Fact per case.
    [Fact]
    public void Normalize_LoneHighSurrogate_ComparedAsReplacementCharacter()
    {
        var normalized = EntityNames.Normalize("Acme\uD800 Labs");

        Assert.Equal("acme\uFFFD labs", normalized);
    }

    [Fact]
    public void Normalize_LoneLowSurrogateFirst_ComparedAsReplacementCharacter()
    {
        var normalized = EntityNames.Normalize("\uDC00X");

        Assert.Equal("\uFFFDx", normalized);
    }

    [Fact]
    public void Normalize_SurrogatePair_Kept()
    {
        var normalized = EntityNames.Normalize("Emoji \uD83D\uDE00 AI");

        Assert.Equal("emoji \uD83D\uDE00 ai", normalized);
    }

    [Fact]
    public void FromName_NameWithSpaces_UsesDashes()
    {
        var key = EntityKey.FromName("Google DeepMind");

        Assert.Equal("google-deepmind", key.Value);
    }

    [Fact]
    public void FromName_Blank_Throws()
    {
        Assert.Throws<ArgumentException>(() => EntityKey.FromName(" "));
    }
}
