using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// One line being read: its text, the mentions found in it, the topic its list structure gives it (the entities of
/// the enclosing item's head) and the relations rules have read so far.
/// </summary>
/// <param name="Text">The line's content (list marker stripped).</param>
/// <param name="Mentions">The mentions, in text order.</param>
/// <param name="Topic">The head entities of the enclosing list item, if any.</param>
internal sealed record LineContext(string Text, IReadOnlyList<Mention> Mentions, IReadOnlyList<Mention> Topic)
{
    /// <summary>How long a gap <see cref="Gap(int, int, Span{char})"/> callers usually give a buffer for (longer ones are strings).</summary>
    public const int GapBufferLength = 64;

    /// <summary>The cue phrases found in the line, a list the document's lines share (the rules read one line at a time).</summary>
    public required List<(int Start, int Length, IReadOnlyList<CueFrame> Frames)> Cues { get; init; }

    // Made on the first relation: most lines read none.
    private List<CandidateRelation>? _relations;

    /// <summary>The relations read so far.</summary>
    public IReadOnlyList<CandidateRelation> Relations => _relations ?? (IReadOnlyList<CandidateRelation>)[];

    /// <summary>Records a relation unless it is a self-loop.</summary>
    public void Add(Mention source, RelationshipType type, Mention target, EvidenceBasis basis, string quote)
    {
        if (source.Key != target.Key)
        {
            (_relations ??= []).Add(new CandidateRelation(source, type, target, basis, quote));
        }
    }

    /// <summary>Whether a company is written as the owner of the product right after it (<c>英伟达的H20</c>, <c>Runway's Gen-3</c>).</summary>
    public bool IsOwnerOf(Mention owner, Mention owned) =>
        owner.IsCompany && owned.IsArtifact && owner.End <= owned.Start && Gap(owner.End, owned.Start) is "的" or "'s" or "’s";

    /// <summary>Whether an English possessive follows <paramref name="mention"/> (<c>MiniMax's</c>, <c>Siemens' venture arm</c>).</summary>
    public bool IsPossessor(Mention mention)
    {
        var after = Text.AsSpan(mention.End);
        return after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal)
            || (after.StartsWith("' ", StringComparison.Ordinal) && mention.Surface.EndsWith('s'));
    }

    /// <summary>The company written as the owner of <paramref name="owned"/> right before it, or <see langword="null"/>.</summary>
    public Mention? OwnerOf(Mention owned)
    {
        var index = FirstMentionAtOrAfter(owned.Start) - 1;
        return index >= 0 && IsOwnerOf(Mentions[index], owned) ? Mentions[index] : null;
    }

    /// <summary>Whether <paramref name="mention"/> is one of this line's mentions, not one of its topic's.</summary>
    public bool Holds(Mention mention)
    {
        var index = FirstMentionAtOrAfter(mention.Start);
        return index < Mentions.Count && ReferenceEquals(Mentions[index], mention);
    }

    /// <summary>The index of the mention that starts at or after <paramref name="position"/>, or the count.</summary>
    public int FirstMentionAtOrAfter(int position)
    {
        var low = 0;
        var high = Mentions.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (Mentions[mid].Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>The start of the sentence holding <paramref name="position"/>.</summary>
    public int SentenceStart(int position)
    {
        var before = Text.AsSpan(0, Math.Clamp(position, 0, Text.Length));
        for (var i = before.LastIndexOfAny(TextGaps.SentenceBreakCharacters); i >= 0; i = before[..i].LastIndexOfAny(TextGaps.SentenceBreakCharacters))
        {
            if (TextGaps.IsSentenceBreakAt(Text, i))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The end (exclusive) of the sentence holding <paramref name="position"/>.</summary>
    public int SentenceEnd(int position)
    {
        for (var i = TextGaps.NextIndexOfAny(Text, position, TextGaps.SentenceBreakCharacters); i >= 0; i = TextGaps.NextIndexOfAny(Text, i + 1, TextGaps.SentenceBreakCharacters))
        {
            if (TextGaps.IsSentenceBreakAt(Text, i))
            {
                return i;
            }
        }

        return Text.Length;
    }

    /// <summary>The start of the clause holding <paramref name="position"/>.</summary>
    public int ClauseStart(int position)
    {
        var before = Text.AsSpan(0, Math.Clamp(position, 0, Text.Length));
        for (var i = before.LastIndexOfAny(TextGaps.AnyBreakCharacters); i >= 0; i = before[..i].LastIndexOfAny(TextGaps.AnyBreakCharacters))
        {
            if ((TextGaps.IsClauseBreakAt(Text, i) || TextGaps.IsSentenceBreakAt(Text, i)) && !IsInsideParentheses(i))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The exact sentence text holding a span, trimmed: the quote for prose evidence.</summary>
    public string SentenceQuote(int start, int end)
    {
        var from = SentenceStart(start);
        var to = SentenceEnd(Math.Max(from, end - 1));
        var quote = Text[from..Math.Min(Text.Length, to + (to < Text.Length ? 1 : 0))].Trim();
        return quote.Length > 0 ? quote : Text.Trim();
    }

    /// <summary>The stripped text between two positions.</summary>
    public string Gap(int from, int to) => from < to ? TextGaps.Strip(Text.AsSpan(from, to - from)) : string.Empty;

    /// <summary>
    /// The stripped text between two positions (<see cref="Gap(int, int)"/>), written into <paramref name="buffer"/> when it
    /// fits there; a gap longer than the buffer is made a string.
    /// </summary>
    public ReadOnlySpan<char> Gap(int from, int to, Span<char> buffer) => from < to ? TextGaps.Strip(Text.AsSpan(from, to - from), buffer) : [];

    /// <summary>The length of the stripped text between two positions (<see cref="Gap(int, int)"/>), without making it.</summary>
    public int GapLength(int from, int to) => from < to ? TextGaps.StrippedLength(Text.AsSpan(from, to - from)) : 0;

    private bool IsInsideParentheses(int index)
    {
        var depth = 0;
        for (var i = index - 1; i >= 0 && i >= index - 40; i--)
        {
            if (Text[i] is ')' or '）')
            {
                depth--;
            }
            else if (Text[i] is '(' or '（')
            {
                depth++;
                if (depth > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
