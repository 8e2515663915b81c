using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Extraction.Tests.Catalogue;

public sealed class PhraseTrieTests
{
    private static PhraseTrie<string> CreateSut(params string[] phrases)
    {
        var trie = new PhraseTrie<string>();
        foreach (var phrase in phrases)
        {
            trie.Add(phrase, phrase);
        }

        return trie;
    }

    [Fact]
    public void Scan_OverlappingPhrases_LeftmostLongest()
    {
        var sut = CreateSut("Google", "Google DeepMind", "DeepMind");
        var found = new List<(int Start, int Length, string Payload)>();

        sut.Scan("Ask Google  DeepMind and DeepMind.", found);

        Assert.Equal([(4, 16, "Google DeepMind"), (25, 8, "DeepMind")], found);
    }

    [Fact]
    public void Scan_LatinJoinedByUnderscore_NoMatch()
    {
        var sut = CreateSut("GPT");
        var found = new List<(int Start, int Length, string Payload)>();

        sut.Scan("CHAT_GPT and GPT_4 and GPT", found);

        Assert.Equal([(23, 3, "GPT")], found);
    }

    [Fact]
    public void Scan_LatinInsideWord_NoMatch()
    {
        var sut = CreateSut("AWS");
        var found = new List<(int Start, int Length, string Payload)>();

        sut.Scan("LAWS and aws", found);

        Assert.Equal([(9, 3, "AWS")], found);
    }

    [Fact]
    public void Scan_ChineseWithoutSpaces_Matches()
    {
        var sut = CreateSut("英伟达", "阿里云");
        var found = new List<(int Start, int Length, string Payload)>();

        sut.Scan("据说英伟达和阿里云合作", found);

        Assert.Equal([(2, 3, "英伟达"), (6, 3, "阿里云")], found);
    }

    [Fact]
    public void MatchAllAt_NestedPhrases_ShortestFirst()
    {
        var sut = CreateSut("Alibaba", "Alibaba Cloud", "Cloud");
        var found = new List<(int Length, string Payload)>();

        sut.MatchAllAt("Alibaba Cloud rocks", 0, found);

        Assert.Equal([(7, "Alibaba"), (13, "Alibaba Cloud")], found);
    }

    [Fact]
    public void Add_SamePhraseTwice_KeepsFirstPayload()
    {
        var sut = new PhraseTrie<string>();
        sut.Add("Azure", "first");
        sut.Add("AZURE", "second");

        Assert.Equal(5, sut.MatchAt("azure", 0, out var payload));
        Assert.Equal("first", payload);
    }

    [Theory]
    [InlineData("Ask Google  DeepMind and DeepMind. ＧＯＯＧＬＥ, googleplex, xGoogle, 谷歌和深度求索、谷歌DeepMind")]
    [InlineData("DeepMindDeepMind Google_DeepMind 深度深度求索 谷")]
    [InlineData("A line longer than one block of sixty-four characters, so that Google DeepMind crosses it: 谷歌DeepMind and 深度求索 谷")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890Google 谷歌")]
    public void Scan_SameAsMatchAtEveryPosition(string text)
    {
        var sut = CreateSut("Google", "Google DeepMind", "DeepMind", "谷歌", "谷歌DeepMind", "深度求索", "谷");
        var expected = new List<(int Start, int Length, string Payload)>();
        for (var i = 0; i < text.Length; i++)
        {
            var length = sut.MatchAt(text, i, out var payload);
            if (length > 0 && payload is not null)
            {
                expected.Add((i, length, payload));
                i += length - 1;
            }
        }

        var found = new List<(int Start, int Length, string Payload)>();
        sut.Scan(text, found);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }

    [Fact]
    public void Scan_OverStartCharacters_SameAsWholeScan()
    {
        var sut = CreateSut("谷歌", "深度求索", "深度");
        var text = "谷歌和深度求索，深度学习；谷歌谷歌";
        var expected = new List<(int Start, int Length, string Payload)>();
        var found = new List<(int Start, int Length, string Payload)>();

        sut.Scan(text, expected);
        sut.Scan(text, System.Buffers.SearchValues.Create("谷深"), found);

        Assert.Equal(expected, found);
    }
}
