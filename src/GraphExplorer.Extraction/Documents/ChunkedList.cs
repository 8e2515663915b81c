namespace GraphExplorer.Extraction.Documents;

/// <summary>
/// An append-only list kept in fixed-size chunks: however many items it holds, no array it allocates reaches the
/// large-object heap (a <see cref="List{T}"/> of a long document's lines would, and be collected only with gen 2).
/// The first chunk starts small and doubles, as a list does, so a short document does not pay for a whole chunk;
/// later chunks are made full-size and never copied.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ChunkedList<T> : IReadOnlyList<T>
{
    /// <summary>Items per chunk: 1024 keeps a chunk of 16-byte to 64-byte structs far below the 85 000-byte threshold.</summary>
    internal const int ChunkSize = 1024;

    private const int InitialCapacity = 16;

    private readonly List<T[]> _chunks = [];

    /// <summary>How many items the list holds.</summary>
    public int Count { get; private set; }

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _chunks[index / ChunkSize][index % ChunkSize];
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            _chunks[index / ChunkSize][index % ChunkSize] = value;
        }
    }

    /// <summary>Appends an item.</summary>
    /// <param name="item">The item.</param>
    public void Add(T item)
    {
        if (_chunks.Count == 0)
        {
            _chunks.Add(new T[InitialCapacity]);
        }

        var offset = Count % ChunkSize;
        if (offset == 0 && Count > 0)
        {
            _chunks.Add(new T[ChunkSize]);
        }
        else if (offset == _chunks[^1].Length)
        {
            // Only the first chunk is ever short: it grows until it is full-size.
            var grown = _chunks[^1];
            Array.Resize(ref grown, Math.Min(grown.Length * 2, ChunkSize));
            _chunks[^1] = grown;
        }

        _chunks[^1][offset] = item;
        Count++;
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _chunks[i / ChunkSize][i % ChunkSize];
        }
    }

    /// <inheritdoc />
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
