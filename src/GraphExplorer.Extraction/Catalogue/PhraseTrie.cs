namespace GraphExplorer.Extraction.Catalogue;

/// <summary>
/// A trie over folded phrases that finds, in one left-to-right pass, the leftmost-longest phrase at each position.
/// Latin phrases only match on word boundaries; CJK phrases match anywhere, since Chinese has no spaces.
/// </summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class PhraseTrie<T>
    where T : class
{
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<int> _values = [-1];
    private readonly List<T> _payloads = [];
    private readonly bool[] _firstChars = new bool[char.MaxValue + 1];

    /// <summary>Adds a phrase; a phrase added twice keeps its first payload.</summary>
    public void Add(string phrase, T payload)
    {
        var key = TextFolding.FoldKey(phrase);
        if (key.Length == 0)
        {
            return;
        }

        var node = 0;
        foreach (var c in key)
        {
            var edge = ((long)node << 16) | c;
            if (!_edges.TryGetValue(edge, out var next))
            {
                next = _values.Count;
                _values.Add(-1);
                _edges[edge] = next;
            }

            node = next;
        }

        if (_values[node] < 0)
        {
            _values[node] = _payloads.Count;
            _payloads.Add(payload);
        }

        _firstChars[key[0]] = true;
    }

    /// <summary>Finds the longest phrase starting exactly at <paramref name="start"/>.</summary>
    /// <returns>The length matched, or 0.</returns>
    public int MatchAt(ReadOnlySpan<char> text, int start, out T? payload)
    {
        payload = default;
        var first = TextFolding.Fold(text[start]);
        if (!_firstChars[first] || (TextFolding.IsWordChar(first) && start > 0 && TextFolding.IsWordChar(TextFolding.Fold(text[start - 1]))))
        {
            return 0;
        }

        var node = 0;
        var best = 0;
        var previousSpace = false;
        for (var j = start; j < text.Length; j++)
        {
            var c = TextFolding.Fold(text[j]);
            if (c == ' ')
            {
                if (previousSpace)
                {
                    continue;
                }

                previousSpace = true;
            }
            else
            {
                previousSpace = false;
            }

            if (!_edges.TryGetValue(((long)node << 16) | c, out node))
            {
                break;
            }

            var value = _values[node];
            if (value >= 0 && c != ' ' && !(TextFolding.IsWordChar(c) && j + 1 < text.Length && TextFolding.IsWordChar(TextFolding.Fold(text[j + 1]))))
            {
                best = j + 1 - start;
                payload = _payloads[value];
            }
        }

        return best;
    }

    /// <summary>Every phrase that starts exactly at <paramref name="start"/>, shortest first.</summary>
    public void MatchAllAt(ReadOnlySpan<char> text, int start, List<(int Length, T Payload)> into)
    {
        var node = 0;
        var previousSpace = false;
        for (var j = start; j < text.Length; j++)
        {
            var c = TextFolding.Fold(text[j]);
            if (c == ' ')
            {
                if (previousSpace)
                {
                    continue;
                }

                previousSpace = true;
            }
            else
            {
                previousSpace = false;
            }

            if (!_edges.TryGetValue(((long)node << 16) | c, out node))
            {
                return;
            }

            var value = _values[node];
            if (value >= 0 && c != ' ' && !(TextFolding.IsWordChar(c) && j + 1 < text.Length && TextFolding.IsWordChar(TextFolding.Fold(text[j + 1]))))
            {
                into.Add((j + 1 - start, _payloads[value]));
            }
        }
    }

    /// <summary>Scans text once, reporting the leftmost-longest, non-overlapping phrases.</summary>
    public void Scan(ReadOnlySpan<char> text, List<(int Start, int Length, T Payload)> into)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var length = MatchAt(text, i, out var payload);
            if (length > 0 && payload is not null)
            {
                into.Add((i, length, payload));
                i += length - 1;
            }
        }
    }
}
