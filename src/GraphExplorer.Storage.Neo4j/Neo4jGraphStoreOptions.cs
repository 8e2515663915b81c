using System.ComponentModel.DataAnnotations;

namespace GraphExplorer.Storage.Neo4j;

/// <summary>
/// How to reach Neo4j and how to write to it. Bound from the <c>Neo4j</c> configuration section, then from the
/// environment variables <c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>, then from
/// <c>ConnectionStrings:{name}</c> (a URI), then from the delegate given to <c>AddNeo4jGraphStore</c>.
/// </summary>
public sealed class Neo4jGraphStoreOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Neo4j";

    /// <summary>The default HTTP endpoint: a local Neo4j's HTTP connector.</summary>
    public const string DefaultUri = "http://localhost:7474";

    /// <summary>The default database.</summary>
    public const string DefaultDatabase = "neo4j";

    /// <summary>The default user.</summary>
    public const string DefaultUser = "neo4j";

    /// <summary>The default number of rows per <c>UNWIND $rows</c> batch.</summary>
    public const int DefaultBatchSize = 5000;

    /// <summary>The default number of retries.</summary>
    public const int DefaultMaxRetryAttempts = 4;

    /// <summary>
    /// Gets or sets the Neo4j HTTP endpoint (<c>http://</c> or <c>https://</c>, port 7474 or 7473; not <c>bolt://</c>).
    /// </summary>
    /// <value>The default value is <c>http://localhost:7474</c>.</value>
    [Required]
    public Uri Uri { get; set; } = new(DefaultUri);

    /// <summary>Gets or sets the database to query.</summary>
    /// <value>The default value is <c>neo4j</c>.</value>
    [Required]
    public string Database { get; set; } = DefaultDatabase;

    /// <summary>Gets or sets the user for Basic authentication.</summary>
    /// <value>The default value is <c>neo4j</c>.</value>
    public string? User { get; set; } = DefaultUser;

    /// <summary>Gets or sets the password; when null, requests carry no credentials (a Neo4j with <c>NEO4J_AUTH=none</c>).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Password { get; set; }

    /// <summary>Gets or sets how many rows one <c>UNWIND $rows AS row MERGE ..</c> statement writes.</summary>
    /// <value>The default value is 5000.</value>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = DefaultBatchSize;

    /// <summary>Gets or sets how long one HTTP request may take before it is abandoned (and retried).</summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets how many times a failed request (transport fault, 5xx, timeout) and, separately, a document's
    /// transaction that failed with a <c>Neo.TransientError.*</c> are retried.
    /// </summary>
    /// <value>The default value is 4.</value>
    [Range(1, 10)]
    public int MaxRetryAttempts { get; set; } = DefaultMaxRetryAttempts;

    /// <summary>Gets or sets the base delay of the exponential, jittered backoff between retries.</summary>
    /// <value>The default value is 1 second.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Gets or sets whether <c>AddNeo4jGraphStore</c> leaves out the store's readiness check. Read from configuration
    /// (<c>Neo4j:DisableHealthChecks</c>) when the store is registered.
    /// </summary>
    /// <value>The default value is <see langword="false"/>: the check is registered.</value>
    public bool DisableHealthChecks { get; set; }

    /// <summary>
    /// Gets or sets whether the backoff between a document transaction's retries is jittered (randomised around the
    /// exponential delay) to spread retries from several writers; without jitter the delays are exactly
    /// <see cref="RetryDelay"/> × 2^(attempt − 1).
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool RetryJitter { get; set; } = true;

    /// <summary>Gets or sets how long the writer lock's lease lasts without renewal; the holder renews it every third of it.</summary>
    /// <value>The default value is 2 minutes: an ingestion that died frees the store after that long.</value>
    [Range(typeof(TimeSpan), "00:00:03", "01:00:00")]
    public TimeSpan WriterLockLease { get; set; } = TimeSpan.FromMinutes(2);
}
