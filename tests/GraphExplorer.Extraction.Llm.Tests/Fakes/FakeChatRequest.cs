namespace GraphExplorer.Extraction.Llm.Tests.Fakes;

/// <summary>A request the fake endpoint received.</summary>
internal sealed record FakeChatRequest(string Path, string? Model, string? SystemMessage, string UserMessage, string? Authorization);
