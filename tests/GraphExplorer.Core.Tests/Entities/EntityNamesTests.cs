using GraphExplorer.Core.Entities;

namespace GraphExplorer.Core.Tests.Entities;

public sealed class EntityNamesTests
{
    [Theory]
    [InlineData("NVIDIA", "nvidia")]
    [InlineData("  Google   DeepMind ", "google deepmind")]
    [InlineData("ＯｐｅｎＡＩ", "openai")]
    [InlineData("英伟达", "英伟达")]
    [InlineData("", "")]
    public void Normalize_VariousForms_FoldsCaseWidthAndSpace(string input, string expected)
    {
        var normalized = EntityNames.Normalize(input);

        Assert.Equal(expected, normalized);
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
