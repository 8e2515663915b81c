namespace GraphExplorer.Extraction.Llm.Tests.Fakes;

/// <summary>What the fake endpoint does with one request.</summary>
internal sealed record FakeChatReply(FakeChatReplyKind Kind, string Content = "", int StatusCode = 200, int? RetryAfterSeconds = null)
{
    public static FakeChatReply Answer(string content) => new(FakeChatReplyKind.Answer, content);

    /// <summary>An error status whose body's <c>error.message</c> is <paramref name="message"/>.</summary>
    public static FakeChatReply Status(int statusCode, int? retryAfterSeconds = null, string message = "injected by the fake") =>
        new(FakeChatReplyKind.Status, message, statusCode, retryAfterSeconds);

    public static FakeChatReply Drop() => new(FakeChatReplyKind.Drop);

    public static FakeChatReply Hang() => new(FakeChatReplyKind.Hang);
}
