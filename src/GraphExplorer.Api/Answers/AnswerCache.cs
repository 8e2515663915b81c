using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace GraphExplorer.Api.Answers;

/// <summary>
/// Traversal answers already serialized, keyed by the store version and the parsed request, bounded in count and bytes
/// (the least recently used go first). Only engines that tie their answers to a store version
/// (<see cref="Core.Traversals.IVersionedTraversalService"/>) use it; the version is read per request, so a write by
/// this process or another, or an analyst's decision, makes the next request miss. Answers of older versions are
/// dropped as soon as a newer version is stored.
/// </summary>
/// <param name="options">The bounds.</param>
public sealed class AnswerCache(IOptions<AnswerCacheOptions> options)
{
    private readonly AnswerCacheOptions _options = options.Value;
    private readonly Dictionary<AnswerKey, LinkedListNode<(AnswerKey Key, CachedAnswer Answer)>> _byKey = [];
    private readonly LinkedList<(AnswerKey Key, CachedAnswer Answer)> _recent = new();
    private readonly Lock _lock = new();
    private long _bytes;
    private long _newestVersion = long.MinValue;

    /// <summary>Whether answers are kept at all.</summary>
    public bool Enabled => _options.MaxEntries > 0 && _options.MaxBytes > 0;

    /// <summary>How many answers are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byKey.Count;
            }
        }
    }

    /// <summary>The bytes of the answers kept now.</summary>
    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

    /// <summary>The answer kept for <paramref name="key"/>, if any.</summary>
    /// <param name="key">The version and request.</param>
    /// <param name="answer">The answer.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(AnswerKey key, out CachedAnswer answer)
    {
        lock (_lock)
        {
            if (_byKey.TryGetValue(key, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                answer = node.Value.Answer;
                return true;
            }
        }

        answer = null!;
        return false;
    }

    /// <summary>Makes the answer for <paramref name="body"/> and keeps it when it fits.</summary>
    /// <param name="key">The version and request.</param>
    /// <param name="body">The serialized answer.</param>
    /// <returns>The answer with its entity tag.</returns>
    public CachedAnswer Add(AnswerKey key, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var answer = new CachedAnswer(body, "\"" + Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_') + "\"");
        if (!Enabled || body.Length > _options.MaxBytes / 4)
        {
            return answer;
        }

        lock (_lock)
        {
            if (key.Version < _newestVersion || _byKey.ContainsKey(key))
            {
                // An answer of a version already superseded, or one another request kept meanwhile.
                return answer;
            }

            if (key.Version > _newestVersion)
            {
                _newestVersion = key.Version;
                _byKey.Clear();
                _recent.Clear();
                _bytes = 0;
            }

            _byKey[key] = _recent.AddFirst((key, answer));
            _bytes += body.Length;
            while (_byKey.Count > _options.MaxEntries || _bytes > _options.MaxBytes)
            {
                var last = _recent.Last!;
                _recent.RemoveLast();
                _byKey.Remove(last.Value.Key);
                _bytes -= last.Value.Answer.Body.Length;
            }
        }

        return answer;
    }
}

/// <summary>What a traversal answer is cached under: the store version and the request as parsed.</summary>
/// <param name="Version">The store version the answer was read at (or later).</param>
/// <param name="Traversal">The traversal's name as requested.</param>
/// <param name="Entity">The start, as typed.</param>
/// <param name="To">The other end, as typed.</param>
/// <param name="Depth">The depth asked for.</param>
/// <param name="Limit">The limit asked for.</param>
/// <param name="Evidence">The quotes per step asked for.</param>
/// <param name="Offset">The offset asked for.</param>
public readonly record struct AnswerKey(
    long Version, string Traversal, string? Entity, string? To, int? Depth, int? Limit, int? Evidence, int? Offset);

/// <summary>A serialized answer and its strong entity tag (a hash of the bytes).</summary>
/// <param name="Body">The UTF-8 JSON.</param>
/// <param name="ETag">The quoted entity tag.</param>
public sealed record CachedAnswer(byte[] Body, string ETag);
