namespace GraphExplorer.Extraction.Catalogue;

/// <summary>
/// A trie over folded phrases that finds, in one left-to-right pass, the leftmost-longest phrase at each position.
/// Latin phrases only match on word boundaries; CJK phrases match anywhere, since Chinese has no spaces.
/// </summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class PhraseTrie<T>
    where T : class
{
    private readonly TrieEdges _edges = new();
    private readonly List<int> _values = [-1];
    private readonly List<T> _payloads = [];
    private readonly int[] _roots = new int[char.MaxValue + 1];

    // A bit per (first, second) folded character pair that starts some phrase, hashed into 65 536 bits: most walks
    // end at the second character, and this test is a small table where the edge lookup is a large one.
    private readonly ulong[] _pairs = new ulong[PairBits / 64];
    private const int PairBits = 1 << 16;

    // A bit per folded character that is a whole phrase by itself: with the pair table, MatchAt can turn most
    // characters away without reading the root table (256 KB) or the values.
    private readonly ulong[] _singles = new ulong[(char.MaxValue + 1) / 64];

    /// <summary>Adds a phrase; a phrase added twice keeps its first payload.</summary>
    public void Add(string phrase, T payload)
    {
        var key = TextFolding.FoldKey(phrase);
        if (key.Length == 0)
        {
            return;
        }

        if (key.Length > 1)
        {
            var bit = PairBit(key[0], key[1]);
            _pairs[bit >> 6] |= 1UL << (bit & 63);
        }
        else
        {
            _singles[key[0] >> 6] |= 1UL << key[0];
        }

        var node = 0;
        foreach (var c in key)
        {
            if (node == 0 && _roots[c] > 0)
            {
                node = _roots[c];
                continue;
            }

            if (node == 0 || !_edges.TryGetChild(node, c, out var next))
            {
                next = _values.Count;
                _values.Add(-1);
                if (node == 0)
                {
                    _roots[c] = next;
                }
                else
                {
                    _edges.Set(node, c, next);
                }
            }

            node = next;
        }

        if (_values[node] < 0)
        {
            _values[node] = _payloads.Count;
            _payloads.Add(payload);
        }

    }

    /// <summary>
    /// A bit per position of <c>text[block..(block + 64)]</c> where a phrase may start (bit 0 for <paramref name="block"/>):
    /// the single and pair tables and the word boundary read without a branch per character, so that a scan calls
    /// <see cref="MatchAt"/> only where the bit is set (a clear bit: <see cref="MatchAt"/> would find nothing there).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="block">Where the 64 positions start, inside the text.</param>
    public ulong StartsIn(ReadOnlySpan<char> text, int block)
    {
        var end = Math.Min(block + 64, text.Length);
        var paired = Math.Min(end, text.Length - 1);
        var bits = 0UL;
        var first = TextFolding.Fold(text[block]);
        var previousInWord = block > 0 && TextFolding.IsWordChar(TextFolding.Fold(text[block - 1])) ? 1UL : 0UL;
        for (var i = block; i < paired; i++)
        {
            var second = TextFolding.Fold(text[i + 1]);
            var pair = PairBit(first, second);
            var inWord = TextFolding.IsWordChar(first) ? 1UL : 0UL;

            // No phrase starts inside a Latin word.
            var here = ((_singles[first >> 6] >> first) | (_pairs[pair >> 6] >> pair)) & ~(inWord & previousInWord);
            bits |= (here & 1) << (i - block);
            first = second;
            previousInWord = inWord;
        }

        if (paired < end)
        {
            // The text's last character, where MatchAt reads no pair.
            bits |= (_roots[first] != 0 ? 1UL : 0UL) << (paired - block);
        }

        return bits;
    }

    /// <summary>Finds the longest phrase starting exactly at <paramref name="start"/>.</summary>
    /// <returns>The length matched, or 0.</returns>
    public int MatchAt(ReadOnlySpan<char> text, int start, out T? payload)
    {
        payload = default;
        var first = TextFolding.Fold(text[start]);
        if (start + 1 < text.Length && (_singles[first >> 6] & (1UL << first)) == 0 && !MayContinue(first, TextFolding.Fold(text[start + 1])))
        {
            // No phrase is this one character, and none starts with these two.
            return 0;
        }

        var node = _roots[first];
        if (node == 0 || (TextFolding.IsWordChar(first) && start > 0 && TextFolding.IsWordChar(TextFolding.Fold(text[start - 1]))))
        {
            return 0;
        }

        var best = Terminal(text, start, start, node, ref payload);
        if (start + 1 < text.Length && !MayContinue(first, TextFolding.Fold(text[start + 1])))
        {
            // The first step (never a repeated space) would find no link.
            return best;
        }

        var previousSpace = false;
        for (var j = start + 1; j < text.Length; j++)
        {
            if (!Step(text[j], ref node, ref previousSpace, out var moved))
            {
                break;
            }

            if (!moved)
            {
                continue;
            }

            var length = Terminal(text, start, j, node, ref payload);
            best = length > 0 ? length : best;
        }

        return best;
    }

    /// <summary>Whether some phrase may start with these two folded characters (false: none does).</summary>
    private bool MayContinue(char first, char second)
    {
        var bit = PairBit(first, second);
        return (_pairs[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int PairBit(char first, char second) => (int)((((uint)first * 0x9E3779B1u) ^ second) & (PairBits - 1));

    /// <summary>
    /// Moves the walk over one character: a run of spaces counts as one (a repeated space leaves the walk where it
    /// is, <paramref name="moved"/> false). Returns false when no phrase continues with the character.
    /// </summary>
    private bool Step(char raw, ref int node, ref bool previousSpace, out bool moved)
    {
        var c = TextFolding.Fold(raw);
        moved = !(c == ' ' && previousSpace);
        previousSpace = c == ' ';
        return !moved || _edges.TryGetChild(node, c, out node);
    }

    /// <summary>The match length when <paramref name="node"/> ends a phrase at <paramref name="end"/> on a word boundary, else 0.</summary>
    private int Terminal(ReadOnlySpan<char> text, int start, int end, int node, ref T? payload)
    {
        var value = _values[node];
        var c = TextFolding.Fold(text[end]);
        if (value < 0 || c == ' ' || (TextFolding.IsWordChar(c) && end + 1 < text.Length && TextFolding.IsWordChar(TextFolding.Fold(text[end + 1]))))
        {
            return 0;
        }

        payload = _payloads[value];
        return end + 1 - start;
    }

    /// <summary>Every phrase that starts exactly at <paramref name="start"/>, shortest first.</summary>
    public void MatchAllAt(ReadOnlySpan<char> text, int start, List<(int Length, T Payload)> into)
    {
        var node = _roots[TextFolding.Fold(text[start])];
        if (node == 0)
        {
            return;
        }

        T? payload = default;
        if (Terminal(text, start, start, node, ref payload) > 0 && payload is not null)
        {
            into.Add((1, payload));
        }

        var previousSpace = false;
        for (var j = start + 1; j < text.Length; j++)
        {
            if (!Step(text[j], ref node, ref previousSpace, out var moved))
            {
                return;
            }

            if (!moved)
            {
                continue;
            }

            var length = Terminal(text, start, j, node, ref payload);
            if (length > 0 && payload is not null)
            {
                into.Add((length, payload));
            }
        }
    }

    /// <summary>
    /// Scans text once, reporting the leftmost-longest, non-overlapping phrases, going straight from one character of
    /// <paramref name="starts"/> to the next.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="starts">Every character of the text that can start a phrase (more do no harm): the others are skipped unread.</param>
    /// <param name="into">Where the phrases found go.</param>
    public void Scan(ReadOnlySpan<char> text, System.Buffers.SearchValues<char> starts, List<(int Start, int Length, T Payload)> into)
    {
        var i = text.IndexOfAny(starts);
        while (i >= 0)
        {
            var length = MatchAt(text, i, out var payload);
            i += length > 0 && payload is not null ? length : 1;
            if (length > 0 && payload is not null)
            {
                into.Add((i - length, length, payload));
            }

            var next = i < text.Length ? text[i..].IndexOfAny(starts) : -1;
            i = next < 0 ? -1 : i + next;
        }
    }

    /// <summary>Scans text once, reporting the leftmost-longest, non-overlapping phrases.</summary>
    public void Scan(ReadOnlySpan<char> text, List<(int Start, int Length, T Payload)> into)
    {
        var next = 0;
        for (var block = 0; block < text.Length; block += 64)
        {
            for (var starts = StartsIn(text, block); starts != 0; starts &= starts - 1)
            {
                var i = block + System.Numerics.BitOperations.TrailingZeroCount(starts);
                if (i < next)
                {
                    // Inside the phrase found last.
                    continue;
                }

                var length = MatchAt(text, i, out var payload);
                if (length > 0 && payload is not null)
                {
                    into.Add((i, length, payload));
                    next = i + length;
                }
            }
        }
    }
}
