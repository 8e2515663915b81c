using GraphExplorer.Core.Traversals;
using GraphExplorer.Storage.Neo4j.Cypher;

namespace GraphExplorer.Storage.Neo4j.Tests.Cypher;

public sealed class CypherFilesTests
{
    public static TheoryData<string> Traversals => new(new TraversalCatalogue().All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Traversals))]
    public void TryGet_CatalogueTraversal_HasAFileWithADocumentedHeader(string traversal)
    {
        Assert.True(CypherFiles.TryGet(traversal, out var text), $"cypher/{traversal}.cypher is missing.");

        Assert.StartsWith($"// {traversal}: ", text, StringComparison.Ordinal);
        Assert.Contains("// Parameters: ", text, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^// :param \{.*\}$", text);
    }

    [Fact]
    public void Names_EveryStatementTheStoreRuns_IsEmbedded()
    {
        var used = typeof(CypherStatement).GetFields().Select(f => (string)f.GetRawConstantValue()!); // const strings

        Assert.All(used, name => Assert.Contains(name, CypherFiles.Names));
    }

    [Fact]
    public void Get_SingleStatementFile_DropsTheTrailingSemicolonAndKeepsTheText()
    {
        var statement = CypherFiles.Get(CypherStatement.WriteDocument);

        Assert.EndsWith("ON CREATE SET s.firstWrittenAt = datetime()", statement, StringComparison.Ordinal);
        Assert.StartsWith("// write-document:", statement, StringComparison.Ordinal);
    }

    [Fact]
    public void GetAll_Schema_SplitsIntoItsStatementsWithoutCommentOnlyPieces()
    {
        var statements = CypherFiles.GetAll(CypherStatement.Schema);

        Assert.Equal(11, statements.Count);
        Assert.All(statements, s => Assert.DoesNotContain(";", s.Split('\n').Last(), StringComparison.Ordinal));
        Assert.Contains(statements, s => s.EndsWith("CALL db.awaitIndexes(300)", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("CREATE FULLTEXT INDEX entity_search", StringComparison.Ordinal));
    }

    [Fact]
    public void Get_UnknownFile_ThrowsNamingIt()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => CypherFiles.Get("who-likes"));

        Assert.Contains("cypher/who-likes.cypher", error.Message, StringComparison.Ordinal);
    }
}
