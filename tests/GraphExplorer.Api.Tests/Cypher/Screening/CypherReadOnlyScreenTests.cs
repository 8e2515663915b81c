using GraphExplorer.Api.Cypher.Screening;
using GraphExplorer.Testing;

namespace GraphExplorer.Api.Tests.Cypher.Screening;

public sealed class CypherReadOnlyScreenTests
{
    /// <summary>Neo4j's own white space (Cypher5Lexer SPACE), every one of which .NET's regex \s misses some of.</summary>
    public static readonly char[] Neo4jSpaces =
    [
        '\t', '\n', '\u000B', '\f', '\r', '\u001C', '\u001D', '\u001E', '\u001F', ' ', '\u00A0', '\u1680',
        '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A',
        '\u2028', '\u2029', '\u202F', '\u205F', '\u3000',
    ];

    private static void AssertRefused(string statement, string because)
    {
        var result = CypherReadOnlyScreen.Screen(statement);

        Assert.False(result.IsAccepted, $"accepted: {statement}");
        Assert.Contains(because, result.Refusal, StringComparison.Ordinal);
    }

    private static void AssertAccepted(string statement)
    {
        var result = CypherReadOnlyScreen.Screen(statement);

        Assert.True(result.IsAccepted, result.Refusal);
    }

    // The bypasses of issue 15, item 5, each as it was sent.
    [Theory]
    [InlineData("LOAD\u001cCSV FROM 'http://169.254.169.254/' AS l RETURN l", "begins with 'LOAD'")]
    [InlineData("WITH 1 AS x LOAD\u001cCSV FROM 'http://169.254.169.254/' AS l RETURN l", "'LOAD' at offset 12")]
    [InlineData("CALL `dbms`.listConfig()", "CALL dbms.listConfig")]
    [InlineData("CALL `apoc`.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {batchSize: 100})", "CALL apoc.periodic.iterate")]
    [InlineData("SHOW SETTINGS", "begins with 'SHOW'")]
    [InlineData("SHOW USERS", "begins with 'SHOW'")]
    [InlineData("TERMINATE TRANSACTIONS", "begins with 'TERMINATE'")]
    [InlineData("CALL db.createLabel('X')", "CALL db.createLabel")]
    public void Screen_ReportedBypass_IsRefused(string statement, string because) => AssertRefused(statement, because);

    [Theory]
    [InlineData("MATCH (n) DETACH DELETE n", "'DETACH' at offset 10 writes")]
    [InlineData("MATCH (n) CREATE (m)", "'CREATE'")]
    [InlineData("MATCH (n) MERGE (m {key: 'x'})", "'MERGE'")]
    [InlineData("MATCH (n) SET n.name = 'x'", "'SET'")]
    [InlineData("MATCH (n) REMOVE n:Entity", "'REMOVE'")]
    [InlineData("MATCH (n) DELETE n", "'DELETE'")]
    [InlineData("MATCH (n) FOREACH (x IN [1] | SET n.a = x)", "'FOREACH'")]
    [InlineData("MATCH (n) CALL { WITH n SET n.x = 1 } RETURN n", "'SET'")]
    [InlineData("MATCH (n) CALL (n) { DELETE n } RETURN 1", "'DELETE'")]
    [InlineData("CALL { MATCH (n) RETURN n } IN TRANSACTIONS OF 10 ROWS RETURN n", "'TRANSACTIONS'")]
    [InlineData("USE system SHOW USERS", "begins with 'USE'")]
    [InlineData("MATCH (n) RETURN n UNION USE system MATCH (m) RETURN m AS n", "'USE'")]
    [InlineData("EXPLAIN MATCH (n) RETURN n", "begins with 'EXPLAIN'")]
    [InlineData("PROFILE MATCH (n) RETURN n", "begins with 'PROFILE'")]
    [InlineData("CYPHER runtime=slotted MATCH (n) RETURN n", "begins with 'CYPHER'")]
    [InlineData("MATCH (n) WITH n LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "'LOAD'")]
    [InlineData("CALL dbms.killQueries([])", "CALL dbms.killQueries")]
    [InlineData("CALL db.labels() YIELD label CALL apoc.load.json('http://x') YIELD value RETURN value", "CALL apoc.load.json")]
    [InlineData("CALL `db.labels`.x()", "CALL db.labels.x")]
    [InlineData("CALL dbms . listConfig", "CALL dbms.listConfig")]
    [InlineData("RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) RETURN n', {})", "apoc.cypher.runFirstColumnSingle")]
    [InlineData("RETURN `apoc`.`util`.sleep(100000)", "apoc.util.sleep")]
    [InlineData("MATCH (n) RETURN n; MATCH (m) RETURN m", "Only one statement")]
    [InlineData("CREATE (n)", "begins with 'CREATE'")]
    [InlineData("ALTER DATABASE neo4j SET ACCESS READ ONLY", "begins with 'ALTER'")]
    [InlineData("MATCH (n) RETURN n ORDER BY n.name START DATABASE x", "'START'")]
    public void Screen_WriteOrAdministration_IsRefusedNamingTheWord(string statement, string because) => AssertRefused(statement, because);

    // Neo4j replaces \uXXXX escapes everywhere before lexing: they can spell keywords and open strings.
    [Theory]
    [InlineData(@"MATCH (n) WITH n \u004cOAD CSV FROM 'http://x' AS l RETURN l", "'LOAD'")]
    [InlineData(@"RETURN 'a\u0027 LOAD CSV FROM ""http://x"" AS l RETURN l //'", "'LOAD'")]
    [InlineData(@"MATCH (n) DETACH\u001cDELETE n", "'DETACH'")]
    [InlineData(@"MATCH (n) RETURN n /\u002a LOAD CSV FROM 'x' AS l RETURN l", "/* comment is never closed")]
    [InlineData(@"RETURN '\u00zz'", "four hexadecimal digits")]
    public void Screen_UnicodeEscapesOutsideStrings_AreReadAsNeo4jReadsThem(string statement, string because) => AssertRefused(statement, because);

    [Theory]
    [InlineData("MATCH (n) RETURN n /* LOAD CSV FROM 'x' AS l RETURN l", "/* comment is never closed")]
    [InlineData("MATCH (n) WHERE n.name = 'x RETURN n", "string literal is never closed")]
    [InlineData("MATCH (n:`Entity) RETURN n", "quoted name")]
    [InlineData("MATCH (n) RETURN n \u0001", "Unexpected character U+0001")]
    [InlineData("   // only a comment", "empty")]
    [InlineData("(n) RETURN n", "must begin with a read clause")]
    public void Screen_UnreadableStatement_IsRefused(string statement, string because) => AssertRefused(statement, because);

    [Fact]
    public void Screen_EveryNeo4jSpaceBetweenEveryToken_StillFindsTheWrite()
    {
        foreach (var space in Neo4jSpaces)
        {
            var statement = string.Join(space, "MATCH", "(n)", "DETACH", "DELETE", "n");

            AssertRefused(statement, "'DETACH'");
        }
    }

    [Fact]
    public void Screen_EveryNeo4jSpaceBetweenLoadAndCsv_StillFindsLoad()
    {
        foreach (var space in Neo4jSpaces.Concat(['\u0085', '\u180E', '\u200B', '\uFEFF']))
        {
            AssertRefused($"WITH 1 AS x LOAD{space}CSV FROM 'http://169.254.169.254/' AS l RETURN l", "'LOAD'");
        }
    }

    [Fact]
    public void Screen_EveryNeo4jSpaceBetweenEveryToken_StillAcceptsARead()
    {
        foreach (var space in Neo4jSpaces)
        {
            AssertAccepted(string.Join(space, "MATCH", "(n:Entity)", "WHERE", "n.key", "=", "$key", "RETURN", "n.name", "LIMIT", "5"));
        }
    }

    [Theory]
    [InlineData("MATCH (n)/*x*/DETACH/**/DELETE//c\nn", "'DETACH'")]
    [InlineData("MATCH (n)//c\rSET n.x = 1", "'SET'")]
    [InlineData("mAtCh (n) DeTaCh DeLeTe n", "'DETACH'")]
    [InlineData("match (n) call `DBMS`.`listConfig`() yield name return name", "CALL DBMS.listConfig")]
    [InlineData("CALL/**/`apoc`/**/./**/periodic.iterate('', '', {})", "CALL apoc.periodic.iterate")]
    public void Screen_CommentsAndCaseInTheGaps_DoNotHideTheWord(string statement, string because) => AssertRefused(statement, because);

    [Theory]
    [InlineData("MATCH (n) WHERE n.name = 'CREATE SET DELETE' RETURN n // MERGE")]
    [InlineData("MATCH (n) WHERE n.name = \"LOAD CSV \\\" DETACH DELETE\" RETURN n /* SHOW USERS */")]
    [InlineData("MATCH (n:`CREATE`) RETURN n.`set` AS `DELETE`")]
    [InlineData("MATCH (n) RETURN n.delete, n.set, $create")]
    [InlineData("OPTIONAL MATCH (n:Entity) WITH n ORDER BY n.name SKIP 1 LIMIT 2 UNWIND [1, 2] AS x RETURN n, x")]
    [InlineData("CALL { MATCH (n) RETURN n } RETURN n")]
    [InlineData("MATCH (n) CALL (n) { MATCH (n)-->(m) RETURN m } RETURN m")]
    [InlineData("MATCH (n) RETURN n UNION ALL MATCH (m) RETURN m AS n;")]
    [InlineData("CALL db.labels() YIELD label RETURN label")]
    [InlineData("CALL db.relationshipTypes")]
    [InlineData("CALL db.index.fulltext.queryNodes('entity_search', '英伟达 OR nvid*') YIELD node, score RETURN node.name, score ORDER BY score DESC LIMIT 10")]
    [InlineData("MATCH (a)-[r]->(b) WHERE exists { (b)<-[:BUILT_ON]-() } RETURN count { (a)--() } AS c, point.distance(point({x: 1, y: 1}), point({x: 2, y: 2})) AS d")]
    [InlineData(@"RETURN '\\u0027' AS escapedBackslash, 'it\'s' AS quote, 1.5e3 AS n, .5 AS m, 0x1F AS h")]
    [InlineData("MATCH p = (:Entity {key: 'nvidia'})((a)-[r:BUILT_ON]-(b)){1,4}(:Entity) RETURN p")]
    public void Screen_ReadOnlyStatement_IsAccepted(string statement) => AssertAccepted(statement);

    [Fact]
    public void Screen_TheRepositorysReadStatements_AreAcceptedAndItsWritesRefused()
    {
        string[] writes = ["write-", "remove-", "clear-", "detach-", "refresh-", "schema", "save-", "acquire-", "release-", "add-"];
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "cypher"), "*.cypher");

        foreach (var file in files)
        {
            var result = CypherReadOnlyScreen.Screen(File.ReadAllText(file));
            var isWrite = writes.Any(w => Path.GetFileName(file).StartsWith(w, StringComparison.Ordinal));

            Assert.True(isWrite != result.IsAccepted, $"{Path.GetFileName(file)}: {result.Refusal ?? "accepted"}");
        }

        Assert.True(files.Length >= 20, $"only {files.Length} cypher files found");
    }

    [Fact]
    public void Screen_AcceptedProcedureCall_ReportsTheProcedure()
    {
        var result = CypherReadOnlyScreen.Screen("CALL `db`.labels() YIELD label RETURN label");

        Assert.Equal(["db.labels"], result.Procedures);
    }
}
