using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Extraction.Tests.Catalogue;

public sealed class EntityCatalogueTests
{
    private static EntityCatalogue CreateSut() => EntityCatalogue.Default;

    [Theory]
    [InlineData("英伟达")]
    [InlineData("Nvidia")]
    [InlineData("NVIDIA")]
    [InlineData("ｎｖｉｄｉａ")]
    public void TryResolve_NvidiaAliases_OneEntity(string alias)
    {
        var sut = CreateSut();

        Assert.True(sut.TryResolve(alias, out var entry));
        Assert.Equal("NVIDIA", entry.Name);
        Assert.Equal(EntityType.Company, entry.Type);
    }

    [Theory]
    [InlineData("阿里巴巴", "阿里云")]
    [InlineData("Alibaba", "Alibaba Cloud")]
    [InlineData("Google", "Google DeepMind")]
    [InlineData("谷歌", "DeepMind")]
    [InlineData("Microsoft", "Azure")]
    [InlineData("Amazon", "AWS")]
    public void TryResolve_RelatedButDistinct_DifferentKeys(string first, string second)
    {
        var sut = CreateSut();

        Assert.True(sut.TryResolve(first, out var a));
        Assert.True(sut.TryResolve(second, out var b));
        Assert.NotEqual(a.Key, b.Key);
    }

    [Fact]
    public void FindMentions_ChineseWithoutSpaces_LongestMatch()
    {
        const string Text = "阿里云和阿里巴巴都在做大模型，谷歌DeepMind也是";

        var mentions = CreateSut().FindMentions(Text);

        Assert.Equal(["Alibaba Cloud", "Alibaba", "Google DeepMind"], mentions.Select(m => m.Entry.Name));
        Assert.Equal("阿里云", Text.Substring(mentions[0].Start, mentions[0].Length));
    }

    [Fact]
    public void FindMentions_LatinInsideLongerWord_NoMatch()
    {
        var mentions = CreateSut().FindMentions("Metaverse and Geminiverse are not products.");

        Assert.Empty(mentions);
    }

    [Fact]
    public void FindMentions_LatinNextToChinese_Matches()
    {
        var mentions = CreateSut().FindMentions("微软推出Copilot助手");

        Assert.Equal(["Microsoft", "Copilot"], mentions.Select(m => m.Entry.Name));
    }

    [Fact]
    public void FindMentions_CaseSensitiveCommonWord_OnlyExactCase()
    {
        var sut = CreateSut();

        Assert.Contains(sut.FindMentions("Google的Muse模型"), m => m.Entry.Name == "Muse");
        Assert.Empty(sut.FindMentions("the muse of music"));
    }

    [Fact]
    public void FindOwnerPrefix_ProductNamedAfterMaker_LongestCompany()
    {
        var owner = CreateSut().FindOwnerPrefix("阿里云PAI", out var length);

        Assert.NotNull(owner);
        Assert.Equal("Alibaba Cloud", owner.Name);
        Assert.Equal(3, length);
    }

    [Fact]
    public void IsGenericTerm_CommonTechWords_True()
    {
        var sut = CreateSut();

        Assert.True(sut.IsGenericTerm("GPU"));
        Assert.True(sut.IsGenericTerm("transformer"));
        Assert.False(sut.IsGenericTerm("Sora"));
    }

    [Fact]
    public void Default_EveryAlias_BelongsToOneEntity()
    {
        var sut = CreateSut();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var entry in sut.Entries)
        {
            foreach (var alias in entry.Aliases.Prepend(entry.Name))
            {
                Assert.True(sut.TryResolve(alias, out var resolved), alias);
                owners.TryAdd(EntityNames.Normalize(alias), resolved.Name);
                Assert.Equal(owners[EntityNames.Normalize(alias)], resolved.Name);
            }
        }
    }
}
