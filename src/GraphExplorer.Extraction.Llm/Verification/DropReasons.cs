namespace GraphExplorer.Extraction.Llm.Verification;

/// <summary>Names <see cref="DropReason"/> values as the ingest summary prints them: the one place that does.</summary>
public static class DropReasons
{
    /// <summary>The reason's words, e.g. <c>quote not on line</c>.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>Its lower-case description.</returns>
    public static string Describe(this DropReason reason) => reason switch
    {
        DropReason.MissingField => "missing field",
        DropReason.UnknownType => "unknown type",
        DropReason.LineNotInSection => "line not in section",
        DropReason.QuoteNotOnLine => "quote not on line",
        DropReason.NameNotOnLine => "name not on line",
        DropReason.NotAnEntity => "not an entity",
        DropReason.SameEntity => "same entity at both ends",
        _ => reason.ToString(),
    };
}
