namespace GraphExplorer.Extraction.Catalogue;

/// <summary>
/// The child links of a <see cref="PhraseTrie{T}"/>: an open-addressing table from (node, char) to the child node,
/// with linear probing over a power-of-two array. It replaces a <c>Dictionary&lt;long, int&gt;</c>, whose bucket and
/// entry indirections were the largest single cost of phrase scanning.
/// </summary>
internal sealed class TrieEdges
{
    private const int InitialCapacity = 64;

    private long[] _keys = new long[InitialCapacity];
    private int[] _children = new int[InitialCapacity];
    private int _count;

    /// <summary>How many links the table holds.</summary>
    public int Count => _count;

    /// <summary>Looks up the child of <paramref name="node"/> along <paramref name="c"/>.</summary>
    /// <param name="node">A node id, at least 1 (the root's links live elsewhere).</param>
    /// <param name="c">The folded character of the link.</param>
    /// <param name="child">The child found, or 0.</param>
    public bool TryGetChild(int node, char c, out int child)
    {
        var key = Key(node, c);
        var keys = _keys;
        var mask = keys.Length - 1;
        for (var slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            var found = keys[slot];
            if (found == key)
            {
                child = _children[slot];
                return true;
            }

            if (found == 0)
            {
                child = 0;
                return false;
            }
        }
    }

    /// <summary>Links <paramref name="node"/> to <paramref name="child"/> along <paramref name="c"/>, replacing any link.</summary>
    /// <param name="node">A node id, at least 1.</param>
    /// <param name="c">The folded character of the link.</param>
    /// <param name="child">The child node.</param>
    public void Set(int node, char c, int child)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(node, 1);
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        if (Insert(_keys, _children, Key(node, c), child))
        {
            _count++;
        }
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;

    private static int Slot(long key, int mask) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 40) & mask;

    /// <returns>True when the key was new.</returns>
    private static bool Insert(long[] keys, int[] children, long key, int child)
    {
        var mask = keys.Length - 1;
        var slot = Slot(key, mask);
        while (keys[slot] != 0 && keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        var added = keys[slot] == 0;
        keys[slot] = key;
        children[slot] = child;
        return added;
    }

    private void Grow()
    {
        var keys = new long[_keys.Length * 2];
        var children = new int[keys.Length];
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                Insert(keys, children, _keys[i], _children[i]);
            }
        }

        _keys = keys;
        _children = children;
    }
}
