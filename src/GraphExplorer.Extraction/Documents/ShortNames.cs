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

    /// <summary>Whether the document has any short form at all.</summary>
    public bool IsEmpty => _byFirstWord.Count == 0;

    /// <summary>Records a company mention: the first word of a multi-word Latin name becomes a short form of it.</summary>
    /// <param name="mention">A mention typed as a company.</param>
    public void Register(Mention mention)
    {
        var name = mention.Surface.Trim();
        var space = name.IndexOf(' ');
        if (space <= 0 || !IsShortForm(name.AsSpan(0, space)))
        {
            return;
        }

        if (Array.Exists(ArmWords, w => name.EndsWith(w, StringComparison.Ordinal)))
        {
            // Qualcomm Ventures is not what "Qualcomm" names: an investment arm keeps its parent's name for the parent.
            return;
        }

        var first = name[..space];
        _byFirstWord[first] = _byFirstWord.TryGetValue(first, out var known) && (known is null || known.Key != mention.Key) ? null : mention;
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
        for (var at = 0; at < text.Length; at++)
        {
            if (!char.IsAsciiLetterUpper(text[at]) || (at > 0 && char.IsAsciiLetterOrDigit(text[at - 1])))
            {
                continue;
            }

            var end = at;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }

            if (lookup.TryGetValue(text.AsSpan(at, end - at), out var company) && company is not null)
            {
                Replace(mentions, at, end, company, text[at..end]);
            }

            at = end;
        }
    }

    private static void Replace(List<Mention> mentions, int at, int end, Mention company, string word)
    {
        var index = mentions.FindIndex(m => m.Start < end && at < m.End);
        var origin = company.IsCatalogued ? MentionOrigin.Catalogue : MentionOrigin.Discovered;
        var shortForm = new Mention(at, end, company.Surface, company.Entry) { Origin = origin, Type = EntityType.Company, Alias = word };
        if (index < 0)
        {
            var insertAt = mentions.FindIndex(m => m.Start >= end);
            mentions.Insert(insertAt < 0 ? mentions.Count : insertAt, shortForm);
        }
        else if (mentions[index] is { IsCatalogued: false } found && found.Start == at && found.End == end)
        {
            mentions[index] = shortForm;
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
