namespace GraphExplorer.Storage.Neo4j.Cypher;

/// <summary>The names of the files in <c>cypher/</c> that the store runs (the traversals are named after the catalogue).</summary>
internal static class CypherStatement
{
    public const string Schema = "schema";
    public const string DetachDocumentEvidence = "detach-document-evidence";
    public const string DetachDocumentMentions = "detach-document-mentions";
    public const string WriteDocument = "write-document";
    public const string WriteDocumentEntities = "write-document-entities";
    public const string WriteDocumentRelationships = "write-document-relationships";
    public const string RefreshEntities = "refresh-entities";
    public const string RemoveDocument = "remove-document";
    public const string GetDocuments = "get-documents";
    public const string GetStatistics = "get-statistics";
    public const string FindEntity = "find-entity";
    public const string SearchEntities = "search-entities";
    public const string ReadEntityNames = "read-entity-names";
    public const string GetEntities = "get-entities";
    public const string GetEdges = "get-edges";
    public const string GetRelationships = "get-relationships";
    public const string ReadAllEdges = "read-all-edges";
    public const string ReadAllEntities = "read-all-entities";
    public const string ReadAllRelationships = "read-all-relationships";
    public const string ClearGraph = "clear-graph";
    public const string ListDocuments = "list-documents";
    public const string GetDocumentText = "get-document-text";
    public const string GetSources = "get-sources";
    public const string SaveSource = "save-source";
    public const string RemoveSource = "remove-source";
    public const string HasBeenWritten = "has-been-written";
    public const string AcquireWriterLock = "acquire-writer-lock";
    public const string ReleaseWriterLock = "release-writer-lock";
    public const string GetCuration = "get-curation";
    public const string AddCuration = "add-curation";
    public const string RemoveCuration = "remove-curation";
}
