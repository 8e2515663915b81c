using GraphExplorer.Extraction.Llm.Answers;

namespace GraphExplorer.Extraction.Llm.Tests.Answers;

public sealed class ModelAnswerParserTests
{
    [Fact]
    public void TryParse_FencedAnswerWithStringLine_ReadsRelationsAndEntities()
    {
        const string text = """
            ```json
            {"relations":[{"source":"微软","type":"INVESTS_IN","target":"OpenAI","line":"3","quote":"微软投资了 OpenAI"}],
             "entities":[{"name":"微软","type":"company","aliases":["Microsoft"]}]}
            ```
            """;

        Assert.True(ModelAnswerParser.TryParse(text, out var answer, out _));

        var relation = Assert.Single(answer.Relations);
        Assert.Equal(new ModelRelation("微软", "INVESTS_IN", "OpenAI", 3, "微软投资了 OpenAI"), relation);
        var entity = Assert.Single(answer.Entities);
        Assert.Equal(["Microsoft"], entity.Aliases);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Sure! Here are the relations: none.")]
    [InlineData("{\"relations\": [")]
    [InlineData("{\"entities\": []}")]
    [InlineData("[1, 2]")]
    public void TryParse_Malformed_ReportsWhyInsteadOfThrowing(string text)
    {
        Assert.False(ModelAnswerParser.TryParse(text, out _, out var error));

        Assert.StartsWith("malformed JSON from the model", error, StringComparison.Ordinal);
    }
}
