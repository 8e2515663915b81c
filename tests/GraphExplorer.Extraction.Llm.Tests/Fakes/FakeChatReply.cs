namespace GraphExplorer.Extraction.Llm.Tests.Fakes;

/// <summary>What the fake endpoint does with one request.</summary>
internal sealed record FakeChatReply(FakeChatReplyKind Kind, string Content = "", int StatusCode = 200, int? RetryAfterSeconds = null)
{
    public static FakeChatReply Answer(string content) => new(FakeChatReplyKind.Answer, content);

    public static FakeChatReply Status(int statusCode, int? retryAfterSeconds = null) => new(FakeChatReplyKind.Status, StatusCode: statusCode, RetryAfterSeconds: retryAfterSeconds);

    public static FakeChatReply Drop() => new(FakeChatReplyKind.Drop);

    public static FakeChatReply Hang() => new(FakeChatReplyKind.Hang);
}
