using GraphExplorer.Core.Documents;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Extraction.Llm.Answers;
using GraphExplorer.Extraction.Llm.Caching;
using GraphExplorer.Extraction.Llm.Prompting;
using GraphExplorer.Extraction.Llm.Reporting;
using GraphExplorer.Extraction.Llm.Sections;
using GraphExplorer.Extraction.Llm.Verification;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Extraction.Llm.Extraction;

/// <summary>
/// Extracts a document with the model: cuts it into sections, asks for each (at most
/// <see cref="LlmExtractionOptions.MaxConcurrency"/> at once) unless the cache has the answer, verifies every relation
/// against its line and builds the graph (on top of the rules' graph in <see cref="ExtractorMode.Hybrid"/>). When a
/// section still fails after retries, or answers malformed JSON, the whole document fails with
/// <see cref="DocumentExtractionException"/> so the store keeps what it had.
/// </summary>
internal sealed class LlmDocumentExtractor(
    IChatClient chat,
    IDocumentExtractor rules,
    EntityCatalogue catalogue,
    IOptions<LlmExtractionOptions> options,
    LlmExtractionReport report,
    ExtractorMode mode,
    ILogger<LlmDocumentExtractor> logger) : IAsyncDocumentExtractor
{
    private readonly AnswerCache _cache = new(options.Value.CacheFolder ?? ".");

    public async Task<DocumentExtraction> ExtractAsync(DocumentSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var settings = options.Value;
        var model = settings.Model ?? string.Empty;
        var sections = SectionSplitter.Split(source.Text ?? string.Empty, settings.MaxSectionLines);
        report.AddSections(sections.Count);
        var answers = new ModelAnswer?[sections.Count];
        var failures = new SectionFailure?[sections.Count];
        await Parallel.ForEachAsync(
            sections,
            new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrency, CancellationToken = cancellationToken },
            async (section, token) =>
            {
                var (answer, failure, cached) = await AnswerAsync(source.Document, model, section, token).ConfigureAwait(false);
                answers[section.Index] = answer;
                failures[section.Index] = failure;
                report.SectionDone(source.Document, cached, failure);
            }).ConfigureAwait(false);

        if (Array.Find(failures, f => f is not null) is { } first)
        {
            var count = failures.Count(f => f is not null);
            throw new DocumentExtractionException(
                $"model extraction failed for {count} of {sections.Count} section(s); first: lines {first.FirstLine}-{first.LastLine}: {first.Reason}");
        }

        var rulesExtraction = mode == ExtractorMode.Hybrid ? rules.Extract(source) : null;
        var builder = new MergedGraphBuilder(rulesExtraction?.Graph, model);
        for (var i = 0; i < sections.Count; i++)
        {
            // An answer exists for every section here: a section without one has a failure, which threw above.
            var verification = RelationVerifier.Verify(sections[i], answers[i]!, catalogue);
            report.Verified(verification);
            foreach (var (relation, reason) in verification.Dropped)
            {
                logger.RelationDropped(source.Document, relation.Line ?? 0, reason.Describe());
            }

            foreach (var relation in verification.Kept)
            {
                builder.Add(source.Document, relation);
            }
        }

        return new DocumentExtraction(builder.Build(source.Document, source.ContentHash), rulesExtraction?.Diagnostics ?? []);
    }

    private async Task<(ModelAnswer? Answer, SectionFailure? Failure, bool Cached)> AnswerAsync(
        string document, string model, DocumentSection section, CancellationToken cancellationToken)
    {
        var key = ExtractionPrompt.CacheKey(model, section);
        var cachedText = await _cache.TryGetAsync(key, cancellationToken).ConfigureAwait(false);
        if (cachedText is not null && ModelAnswerParser.TryParse(cachedText, out var cachedAnswer, out _))
        {
            logger.SectionCached(document, section.Index);
            return (cachedAnswer, null, true);
        }

        string reason;
        Exception? exception = null;
        try
        {
            logger.SectionSent(document, section.Index, model);
            report.RequestSent();
            var response = await chat.GetResponseAsync(
                [new ChatMessage(ChatRole.System, ExtractionPrompt.SystemPrompt), new ChatMessage(ChatRole.User, ExtractionPrompt.Render(section))],
                new ChatOptions { ModelId = model, Temperature = 0, ResponseFormat = ChatResponseFormat.Json },
                cancellationToken).ConfigureAwait(false);
            if (ModelAnswerParser.TryParse(response.Text, out var answer, out var error))
            {
                await _cache.SetAsync(key, response.Text, cancellationToken).ConfigureAwait(false);
                return (answer, null, false);
            }

            reason = error;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            exception = ex;
            reason = $"{ex.GetType().Name}: {ex.Message}";
        }

        reason = Redact(reason);
        logger.SectionFailed(document, section.Index, reason, exception);
        return (null, new SectionFailure(document, section.FirstLine, section.LastLine, reason), false);
    }

    /// <summary>Keeps the API key out of any message, whatever a library put in it.</summary>
    private string Redact(string reason) =>
        options.Value.ApiKey is { Length: > 0 } key ? reason.Replace(key, "***", StringComparison.Ordinal) : reason;
}
