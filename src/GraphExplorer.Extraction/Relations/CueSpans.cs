using System.Buffers;
using System.Collections.Concurrent;

namespace GraphExplorer.Extraction.Relations;

/// <summary>The text checks a cue frame makes around its cue: closers, required and context words, what follows.</summary>
internal static class CueSpans
{
    /// <summary>How far a closer may sit after its cue (<c>由</c> … <c>开发</c>): about one clause of Chinese text.</summary>
    private const int MaxEnclosedSpan = 40;

    /// <summary>The same for English closers (<c>with</c> … <c>participating</c>): English spells a clause in about two and a half times the characters.</summary>
    private const int MaxEnglishEnclosedSpan = 100;

    /// <summary>
    /// How far after a cue or closer a required word may start: <c>为OpenAI提供了大量的算力</c> puts a few words
    /// between <c>提供</c> and <c>算力</c>; farther than this the word belongs to another statement.
    /// </summary>
    private const int RequiresWindow = 32;

    /// <summary>Whether a position falls inside a mention (a cue there is part of a name).</summary>
    public static bool IsInsideMention(LineContext line, int position)
    {
        var index = line.FirstMentionAtOrAfter(position + 1) - 1;
        return index >= 0 && line.Mentions[index].Start <= position && position < line.Mentions[index].End;
    }

    /// <summary>The closer that ends an enclosed frame's span, in the cue's sentence: (-1, -1) when none.</summary>
    public static (int Start, int End) FindCloser(LineContext line, CueFrame frame, int from)
    {
        if (frame.Closers is null)
        {
            return (-1, -1);
        }

        var text = line.Text;
        var limit = Math.Min(text.Length, from + (frame.Closers.Count > 0 && char.IsAsciiLetter(frame.Closers[0][0]) ? MaxEnglishEnclosedSpan : MaxEnclosedSpan));
        for (var i = from; i < limit; i++)
        {
            if (TextGaps.IsSentenceBreakAt(text, i) || text[i] is '，' or '；' or ';')
            {
                return (-1, -1);
            }

            if (!frame.CloserStarts.Contains(text[i]))
            {
                continue;
            }

            for (var c = 0; c < frame.Closers.Count; c++)
            {
                var closer = frame.Closers[c];
                if (string.CompareOrdinal(text, i, closer, 0, closer.Length) == 0 && !IsInsideMention(line, i) && i > from)
                {
                    var end = i + closer.Length;
                    return frame.Requires is null || RequirementMet(line, frame, end) ? (i, end) : (-1, -1);
                }
            }
        }

        return (-1, -1);
    }

    /// <summary>Whether one of the frame's required words follows <paramref name="from"/> closely (always, when it requires none).</summary>
    public static bool RequirementMet(LineContext line, CueFrame frame, int from) =>
        frame.Requires is null || StartsWithin(line.Text.AsSpan(from), frame.Requires);

    /// <summary>
    /// Whether one of <paramref name="words"/> starts within about <see cref="RequiresWindow"/> characters of the text's start:
    /// one search over the window and the length of a long required word after it.
    /// </summary>
    private static bool StartsWithin(ReadOnlySpan<char> text, IReadOnlyList<string> words) =>
        ContainsAny(text[..Math.Min(text.Length, RequiresWindow + MaxRequiredWordLength)], words);

    /// <summary>The length of a long required word (<c>computing power</c>), which may end past the window's end.</summary>
    private const int MaxRequiredWordLength = 12;

    /// <summary>Whether one of the frame's context words appears in the cue's sentence before it (always, when it needs none).</summary>
    public static bool ContextMet(LineContext line, CueFrame frame, int cueStart) =>
        frame.Context is null || ContainsAny(line.Text.AsSpan(line.SentenceStart(cueStart), cueStart - line.SentenceStart(cueStart)), frame.Context);

    /// <summary>
    /// Whether the text holds one of the words, ignoring case. The word lists are the lexicon's static arrays, so each
    /// gets one multi-string searcher, built on first use and kept (one scan of the text instead of one per word).
    /// </summary>
    public static bool ContainsAny(ReadOnlySpan<char> text, IReadOnlyList<string> words) =>
        text.IndexOfAny(Searchers.GetOrAdd(words, static w => SearchValues.Create(w.ToArray(), StringComparison.OrdinalIgnoreCase))) >= 0;

    /// <summary>
    /// Whether one of <paramref name="words"/> occurs in the line between two positions outside its mentions: a word
    /// that is part of a name (<c>Gorsemoor Evals</c>) says nothing about the sentence.
    /// </summary>
    public static bool ContainsAnyOutsideMentions(LineContext line, int start, int end, IReadOnlyList<string> words)
    {
        var searcher = Searchers.GetOrAdd(words, static w => SearchValues.Create(w.ToArray(), StringComparison.OrdinalIgnoreCase));
        for (var at = start; at < end;)
        {
            var found = line.Text.AsSpan(at, end - at).IndexOfAny(searcher);
            if (found < 0)
            {
                return false;
            }

            if (!IsInsideMention(line, at + found))
            {
                return true;
            }

            at += found + 1;
        }

        return false;
    }

    private static readonly ConcurrentDictionary<IReadOnlyList<string>, SearchValues<string>> Searchers = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether the next character after markup and spaces is <paramref name="c"/>.</summary>
    public static bool FollowedBy(string text, int position, char c)
    {
        while (position < text.Length && text[position] is ' ' or '*' or '`')
        {
            position++;
        }

        return position < text.Length && text[position] == c;
    }
}
