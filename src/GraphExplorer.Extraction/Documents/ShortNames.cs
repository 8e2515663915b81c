using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Discovery;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Documents;

/// <summary>
/// The short forms a document uses for its multi-word Latin company names: <c>Halyard Systems</c> is later just
/// <c>Halyard</c>, <c>Lumora Studios</c> <c>Lumora</c>, even at the start of a sentence, where a lone capitalised word is
/// otherwise not taken for a name. A first word two such names share, or an ordinary English word, names neither.
/// </summary>
internal sealed class ShortNames
{
    private const int MinShortName = 3;

    private static readonly string[] ArmWords = [" Ventures", " Fund", " Funds", " Investments", " Capital"];

    private readonly Dictionary<string, Mention?> _byFirstWord = new(StringComparer.Ordinal);

    // A bit per capital a short form starts with (bit 0 for A): most capitalised words need no lookup.
    private uint _firstCapitals;

    /// <summary>Whether the document has any short form at all.</summary>
    public bool IsEmpty => _byFirstWord.Count == 0;

    /// <summary>Records a company mention: the first word of a multi-word Latin name becomes a short form of it.</summary>
    /// <param name="mention">A mention typed as a company.</param>
    public void Register(Mention mention)
    {
        var name = mention.Surface.AsSpan().Trim();
        var space = name.IndexOf(' ');
        if (space <= 0 || !IsShortForm(name[..space]))
        {
            return;
        }

        foreach (var arm in ArmWords)
        {
            if (name.EndsWith(arm, StringComparison.Ordinal))
            {
                // Qualcomm Ventures is not what "Qualcomm" names: an investment arm keeps its parent's name for the parent.
                return;
            }
        }

        var lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var first = name[..space];
        _firstCapitals |= 1u << (first[0] - 'A');
        if (!lookup.TryGetValue(first, out var known))
        {
            lookup[first] = mention;
        }
        else if (known is not null && known.Key != mention.Key)
        {
            lookup[first] = null;
        }
    }

    /// <summary>
    /// Rewrites the line's mentions so that each short form names its company: a one-word new name becomes the company's
    /// mention, and an occurrence no mention covers is added.
    /// </summary>
    /// <param name="text">The line.</param>
    /// <param name="mentions">Its mentions, in text order; changed in place.</param>
    public void Apply(string text, List<Mention> mentions)
    {
        var lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var next = 0;
        for (var at = 0; at < text.Length; at++)
        {
            // Straight to the next capital.
            var capital = text.AsSpan(at).IndexOfAnyInRange('A', 'Z');
            if (capital < 0)
            {
                break;
            }

            at += capital;
            if (at > 0 && char.IsAsciiLetterOrDigit(text[at - 1]))
            {
                continue;
            }

            var end = at;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }

            // The mentions are in text order: skip those that end before this word.
            while (next < mentions.Count && mentions[next].End <= at)
            {
                next++;
            }

            var overlapping = next < mentions.Count && mentions[next].Start < end ? mentions[next] : null;
            var replaceable = overlapping is null || (!overlapping.IsCatalogued && overlapping.Start == at && overlapping.End == end);
            if (replaceable && end - at >= MinShortName && (_firstCapitals & (1u << (text[at] - 'A'))) != 0
                && lookup.TryGetValue(text.AsSpan(at, end - at), out var company) && company is not null)
            {
                var origin = company.IsCatalogued ? MentionOrigin.Catalogue : MentionOrigin.Discovered;
                var shortForm = new Mention(at, end, company.Surface, company.Entry) { Origin = origin, Type = EntityType.Company, Alias = text[at..end] };
                if (overlapping is null)
                {
                    mentions.Insert(next, shortForm);
                }
                else
                {
                    mentions[next] = shortForm;
                }
            }

            at = end;
        }
    }

    private static bool IsShortForm(ReadOnlySpan<char> word)
    {
        if (word.Length < MinShortName || !char.IsAsciiLetterUpper(word[0]) || EnglishWords.Common.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
