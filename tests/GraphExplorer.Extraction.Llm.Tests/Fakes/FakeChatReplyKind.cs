namespace GraphExplorer.Extraction.Llm.Tests.Fakes;

internal enum FakeChatReplyKind
{
    /// <summary>A chat completion whose message content is <see cref="FakeChatReply.Content"/>.</summary>
    Answer,

    /// <summary>An error status, with <c>Retry-After</c> when set.</summary>
    Status,

    /// <summary>The connection is aborted without an answer.</summary>
    Drop,

    /// <summary>No answer until the client gives up.</summary>
    Hang,
}
