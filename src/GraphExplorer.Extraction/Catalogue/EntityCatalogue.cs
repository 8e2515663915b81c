using System.Text.Json;
using System.Text.Json.Serialization;
using GraphExplorer.Core.Entities;

namespace GraphExplorer.Extraction.Catalogue;

/// <summary>
/// The curated entities extraction recognises (canonical names, aliases, types) and the generic terms it must not
/// take for names. Finds mentions in a line in one pass: longest match, case-insensitive for Latin, Latin names on
/// word boundaries, CJK names anywhere inside Chinese text.
/// </summary>
public sealed class EntityCatalogue
{
    private const string ResourceName = "GraphExplorer.Extraction.Catalogue.entities.json";
    private static readonly Lazy<EntityCatalogue> LazyDefault = new(LoadDefault);
    private static readonly Lazy<EntityCatalogue> LazyNone = new(() => new EntityCatalogue([], LazyDefault.Value.GenericTerms));

    private readonly PhraseTrie<AliasForm> _trie = new();
    private readonly Dictionary<string, CatalogueEntry> _byAlias = new(StringComparer.Ordinal);
    private readonly HashSet<string> _genericTerms = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _genericLookup;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (CatalogueEntry? Entry, int Length)> _ownerPrefixes = new(StringComparer.Ordinal);

    // One delegate for the catalogue's life, not one per lookup.
    private readonly Func<string, (CatalogueEntry? Entry, int Length)> _computeOwnerPrefix;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="entries">The entities; an alias claimed twice stays with the first entry.</param>
    /// <param name="genericTerms">Words that look like names but are not entities (<c>GPU</c>, <c>Transformer</c>).</param>
    public EntityCatalogue(IEnumerable<CatalogueEntry> entries, IEnumerable<string>? genericTerms = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<CatalogueEntry>();
        foreach (var entry in entries)
        {
            list.Add(entry);
            foreach (var alias in entry.Aliases.Prepend(entry.Name))
            {
                var key = TextFolding.FoldKey(alias);
                if (key.Length > 0 && _byAlias.TryAdd(key, entry))
                {
                    _trie.Add(alias, new AliasForm(entry, alias));
                }
            }
        }

        foreach (var term in genericTerms ?? [])
        {
            _genericTerms.Add(term.Trim());
        }

        _genericLookup = _genericTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        _computeOwnerPrefix = ComputeOwnerPrefix;

        Entries = list;
    }

    /// <summary>The catalogue embedded in this assembly (<c>Catalogue/entities.json</c>).</summary>
    public static EntityCatalogue Default => LazyDefault.Value;

    /// <summary>
    /// A catalogue that knows no entity, only the embedded generic terms: extraction then finds every name from the
    /// text alone (<c>--catalogue none</c>).
    /// </summary>
    public static EntityCatalogue None => LazyNone.Value;

    /// <summary>The generic terms: words that look like names but are not entities.</summary>
    public IReadOnlyCollection<string> GenericTerms => _genericTerms;

    /// <summary>
    /// This catalogue with another's entities and generic terms added: <paramref name="first"/>'s entries come first, so
    /// where both claim an alias, <paramref name="first"/>'s entity keeps it.
    /// </summary>
    /// <param name="first">The catalogue whose entries win (a user's own list).</param>
    /// <returns>The merged catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> is null.</exception>
    public EntityCatalogue MergedAfter(EntityCatalogue first)
    {
        ArgumentNullException.ThrowIfNull(first);
        var keys = new HashSet<Core.Entities.EntityKey>(first.Entries.Select(e => e.Key));
        return new EntityCatalogue(first.Entries.Concat(Entries.Where(e => !keys.Contains(e.Key))), first.GenericTerms.Concat(GenericTerms));
    }

    /// <summary>Every entity, in catalogue order.</summary>
    public IReadOnlyList<CatalogueEntry> Entries { get; }

    /// <summary>Reads a catalogue from JSON: <c>{ "entities": [ { "name", "type", "aliases" } ], "genericTerms": [] }</c>.</summary>
    /// <param name="json">The JSON stream.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="JsonException">The JSON is malformed, or an entity has no name or an unknown type.</exception>
    public static EntityCatalogue Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var file = JsonSerializer.Deserialize<CatalogueFile>(json, JsonOptions) ?? new CatalogueFile([], []);
        if (file.Entities is null)
        {
            throw new JsonException("The catalogue has no \"entities\" array.");
        }

        for (var i = 0; i < file.Entities.Count; i++)
        {
            var entry = file.Entities[i];
            if (entry is null || string.IsNullOrWhiteSpace(entry.Name))
            {
                throw new JsonException($"Entity {i + 1} has no name.");
            }

            if (entry.Type is not { } type || !Enum.IsDefined(type))
            {
                throw new JsonException($"Entity {i + 1} ('{entry.Name}') has no type or an unknown one (Company, Model or Product).");
            }
        }

        return new EntityCatalogue(
            file.Entities.Select(e => new CatalogueEntry(e.Name, e.Type ?? EntityType.Product, e.Aliases ?? [], e.CaseSensitive)),
            file.GenericTerms);
    }

    /// <summary>Finds the entity a name or alias stands for (case-, width- and space-insensitive).</summary>
    /// <param name="name">A name as written.</param>
    /// <param name="entry">The entity, when known.</param>
    /// <returns><see langword="true"/> when the name is a known alias.</returns>
    public bool TryResolve(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CatalogueEntry? entry)
    {
        entry = null;
        return !string.IsNullOrWhiteSpace(name) && _byAlias.TryGetValue(TextFolding.FoldKey(name.Trim()), out entry);
    }

    /// <summary>Whether a word is a generic term (<c>GPU</c>, <c>大模型</c>) rather than a name.</summary>
    /// <param name="text">The word.</param>
    /// <returns><see langword="true"/> for a generic term.</returns>
    public bool IsGenericTerm(ReadOnlySpan<char> text) => _genericLookup.Contains(text.Trim());

    /// <summary>Finds the entities mentioned in a piece of text, leftmost-longest, without overlaps.</summary>
    /// <param name="text">The text, typically one line.</param>
    /// <returns>The mentions in text order.</returns>
    public IReadOnlyList<EntityMention> FindMentions(ReadOnlySpan<char> text)
    {
        var raw = new List<(int Start, int Length, CatalogueEntry Payload)>();
        Scan(text, raw);
        return raw.ConvertAll(m => new EntityMention(m.Start, m.Length, m.Payload));
    }

    /// <summary>Every entity whose alias starts exactly at the start of <paramref name="text"/>, shortest first.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The prefix mentions.</returns>
    public IReadOnlyList<EntityMention> FindPrefixes(ReadOnlySpan<char> text)
    {
        var raw = new List<(int Length, AliasForm Payload)>();
        if (!text.IsEmpty)
        {
            _trie.MatchAllAt(text, 0, raw);
        }

        var mentions = new List<EntityMention>(raw.Count);
        foreach (var (length, form) in raw)
        {
            if (Accepts(form, text[..length]))
            {
                mentions.Add(new EntityMention(0, length, form.Entry));
            }
        }

        return mentions;
    }

    /// <summary>
    /// The company whose alias starts a product's name (<c>Microsoft</c> in <c>Microsoft 365 Copilot</c>,
    /// <c>腾讯</c> in <c>腾讯智影</c>): a name that carries its maker.
    /// </summary>
    /// <param name="name">A model or product name as written.</param>
    /// <param name="prefixLength">How many characters of <paramref name="name"/> the company's alias spans.</param>
    /// <returns>The company, or <see langword="null"/> when the name starts with none.</returns>
    public CatalogueEntry? FindOwnerPrefix(string name, out int prefixLength)
    {
        ArgumentNullException.ThrowIfNull(name);
        var (entry, length) = _ownerPrefixes.GetOrAdd(name, _computeOwnerPrefix);
        prefixLength = length;
        return entry;
    }

    private (CatalogueEntry? Entry, int Length) ComputeOwnerPrefix(string name)
    {
        (CatalogueEntry? Entry, int Length) longest = (null, 0);
        foreach (var prefix in FindPrefixes(name))
        {
            if (prefix.Entry.Type == EntityType.Company && prefix.Length < name.Trim().Length)
            {
                longest = (prefix.Entry, prefix.Length);
            }
        }

        return longest;
    }

    /// <summary>Scans text once, leftmost-longest, adding the mentions found to <paramref name="into"/>.</summary>
    internal void Scan(ReadOnlySpan<char> text, List<(int Start, int Length, CatalogueEntry Payload)> into)
    {
        var next = 0;
        for (var block = 0; block < text.Length; block += 64)
        {
            for (var starts = _trie.StartsIn(text, block); starts != 0; starts &= starts - 1)
            {
                var i = block + System.Numerics.BitOperations.TrailingZeroCount(starts);
                if (i < next)
                {
                    // Inside the mention found last.
                    continue;
                }

                var length = _trie.MatchAt(text, i, out var form);
                if (length > 0 && form is not null && Accepts(form, text.Slice(i, length)))
                {
                    into.Add((i, length, form.Entry));
                    next = i + length;
                }
            }
        }
    }

    private static bool Accepts(AliasForm form, ReadOnlySpan<char> matched) =>
        !form.Entry.CaseSensitive || matched.SequenceEqual(form.Alias) || !ContainsLatin(form.Alias);

    private static bool ContainsLatin(string alias)
    {
        foreach (var c in alias)
        {
            if (char.IsAsciiLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static EntityCatalogue LoadDefault()
    {
        using var stream = typeof(EntityCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded catalogue '{ResourceName}' is missing from the assembly.");
        return Load(stream);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private sealed record CatalogueFile(IReadOnlyList<CatalogueFileEntry>? Entities, IReadOnlyList<string>? GenericTerms);

    private sealed record CatalogueFileEntry(string Name, EntityType? Type, IReadOnlyList<string>? Aliases, bool CaseSensitive = false);

    /// <summary>One alias in the trie: its entity and its exact spelling (checked for case-sensitive entities).</summary>
    private sealed record AliasForm(CatalogueEntry Entry, string Alias);
}
