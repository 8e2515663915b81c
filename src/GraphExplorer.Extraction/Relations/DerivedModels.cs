using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// A company that derived a model from another, written with the model between verb and base (<c>Larkspur Learning
/// fine-tuned Larkspur-Math 8B from Llama 3.1 8B</c>): the company develops the model, the model is built on the base.
/// </summary>
internal static class DerivedModels
{
    /// <summary>The longest gap between the verb and the model, or the model and the base word (<c>its own</c>, <c>the</c>).</summary>
    private const int MaxGap = 12;

    private static readonly string[] Verbs = [" fine-tuned ", " fine-tunes ", " finetuned ", " distilled ", " distills ", " trained ", " trains ", " built ", " builds "];

    private static readonly string[] BaseWords = ["from", "on top of", "off"];

    /// <summary>Records each derivation the line states.</summary>
    /// <param name="line">The line.</param>
    public static void Apply(LineContext line)
    {
        var text = line.Text;
        if (!CueSpans.ContainsAny(text, Verbs))
        {
            return;
        }

        foreach (var verb in Verbs)
        {
            for (var at = text.IndexOf(verb, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.OrdinalIgnoreCase))
            {
                var k = line.FirstMentionAtOrAfter(at + verb.Length);
                if (k + 1 >= line.Mentions.Count)
                {
                    continue;
                }

                var (model, @base) = (line.Mentions[k], line.Mentions[k + 1]);
                var between = text.AsSpan(model.End, @base.Start - model.End).Trim();
                if (!model.IsArtifact || !CueRoles.CanBeBase(@base) || model.Start - (at + verb.Length) > MaxGap || between.Length > MaxGap
                    || !WordMatch.EndsWithAny(between, BaseWords, StringComparison.OrdinalIgnoreCase) || TextGaps.HasClauseBreak(between)
                    || Hedges.IsHedged(line, at))
                {
                    continue;
                }

                // The subject of the verb, past appositions: "Larkspur Learning, a Portland startup, fine-tuned…".
                if (CueSubjects.Before(line, at, CueRoles.CanBeCompany, strict: true) is [var company] && company.Key != model.Key)
                {
                    var quote = line.SentenceQuote(company.Start, @base.End);
                    line.Add(company, RelationshipType.Develops, model, EvidenceBasis.Prose, quote);
                    line.Add(model, RelationshipType.BuiltOn, @base, EvidenceBasis.Prose, quote);
                }
            }
        }
    }
}
