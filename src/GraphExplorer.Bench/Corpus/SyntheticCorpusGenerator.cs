using System.Text;
using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Bench.Corpus;

/// <summary>
/// Writes a synthetic corpus of a target size from the seed documents' own lines (their sentence, list and table
/// shapes), replica after replica: each replica maps every catalogue entity to another of the same type by a seeded
/// permutation, so the text reads like new notes and extraction still finds the same kinds of edges. Files are
/// streamed to disk one line at a time; the corpus is never held in memory.
/// </summary>
/// <param name="options">The corpus size, file sizes and seed.</param>
/// <param name="catalogue">The catalogue whose names are found and substituted.</param>
public sealed class SyntheticCorpusGenerator(SyntheticCorpusOptions options, EntityCatalogue catalogue)
{
    /// <summary>The extensions of the seed documents read.</summary>
    public static IReadOnlyList<string> SeedExtensions { get; } = [".md", ".txt"];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Each entry's name as a Latin mention and as a Chinese mention would be replaced by it.
    private readonly (string Latin, string Cjk)[] _names = catalogue.Entries.Select(e => (NameOf(e, cjk: false), NameOf(e, cjk: true))).ToArray();

    /// <summary>Writes the corpus into <paramref name="folder"/> as <c>part-00000.md</c>, <c>part-00001.md</c>, ….</summary>
    /// <param name="seedsFolder">The folder of seed documents (<c>.md</c>, <c>.txt</c>), read in ordinal order.</param>
    /// <param name="folder">The folder to write to; created if missing.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The corpus written.</returns>
    /// <exception cref="ArgumentException">A folder is empty.</exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="seedsFolder"/> does not exist.</exception>
    /// <exception cref="InvalidOperationException">The seeds hold no line with a catalogue name.</exception>
    public async Task<SyntheticCorpus> WriteAsync(string seedsFolder, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seedsFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var seeds = await LoadSeedsAsync(seedsFolder, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(folder);

        var sizes = new Random(options.Seed);
        var files = new List<string>();
        var total = 0L;
        var replica = 0;
        var line = 0;
        var map = Permutation(replica);
        while (total < options.TargetBytes)
        {
            var path = Path.Combine(folder, $"part-{files.Count:D5}.md");
            var fileTarget = Math.Min(sizes.Next(options.MinFileBytes, options.MaxFileBytes + 1), options.TargetBytes - total);
            var written = 0L;
            await using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            await using (var writer = new StreamWriter(stream, Utf8, 1 << 16) { NewLine = "\n" })
            {
                while (written < fileTarget)
                {
                    var text = Render(seeds[line], map);
                    await writer.WriteLineAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
                    written += Utf8.GetByteCount(text) + 1;
                    if (++line == seeds.Count)
                    {
                        line = 0;
                        map = Permutation(++replica);
                    }
                }
            }

            files.Add(Path.GetFullPath(path));
            total += written;
        }

        return new SyntheticCorpus(Path.GetFullPath(folder), files, total);
    }

    private async Task<List<SeedLine>> LoadSeedsAsync(string seedsFolder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(seedsFolder))
        {
            throw new DirectoryNotFoundException($"The seeds folder '{Path.GetFullPath(seedsFolder)}' does not exist.");
        }

        var indexOf = new Dictionary<CatalogueEntry, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < catalogue.Entries.Count; i++)
        {
            indexOf[catalogue.Entries[i]] = i;
        }

        var lines = new List<SeedLine>();
        var paths = Directory.EnumerateFiles(seedsFolder)
            .Where(p => SeedExtensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
            foreach (var raw in text.Split('\n'))
            {
                var seedLine = raw.TrimEnd('\r');
                if (seedLine.Length > 0)
                {
                    lines.Add(SeedLine.Parse(seedLine, catalogue, indexOf));
                }
            }
        }

        return lines.Any(l => l.Slots.Length > 0)
            ? lines
            : throw new InvalidOperationException($"The seeds in '{Path.GetFullPath(seedsFolder)}' mention no catalogue entity: nothing to substitute.");
    }

    /// <summary>Replica 0 keeps the seeds' names; every later one maps each entry to another of its type.</summary>
    private int[] Permutation(int replica)
    {
        var map = Enumerable.Range(0, catalogue.Entries.Count).ToArray();
        if (replica == 0)
        {
            return map;
        }

        var random = new Random(unchecked((options.Seed * 1_000_003) + replica));
        foreach (var group in map.GroupBy(i => catalogue.Entries[i].Type))
        {
            var members = group.ToArray();
            var shuffled = members.ToArray();
            random.Shuffle(shuffled);
            for (var i = 0; i < members.Length; i++)
            {
                map[members[i]] = shuffled[i];
            }
        }

        return map;
    }

    private string Render(SeedLine line, int[] map)
    {
        if (line.Slots.Length == 0)
        {
            return line.Literals[0];
        }

        var builder = new StringBuilder();
        for (var i = 0; i < line.Slots.Length; i++)
        {
            var names = _names[map[line.Slots[i].Entry]];
            builder.Append(line.Literals[i]).Append(line.Slots[i].Cjk ? names.Cjk : names.Latin);
        }

        return builder.Append(line.Literals[^1]).ToString();
    }

    /// <summary>The entity's name as the replaced mention was written: a Chinese alias for a Chinese mention when it has one.</summary>
    private static string NameOf(CatalogueEntry entry, bool cjk) =>
        cjk == SeedLine.ContainsCjk(entry.Name)
            ? entry.Name
            : entry.Aliases.FirstOrDefault(a => SeedLine.ContainsCjk(a) == cjk) ?? entry.Name;
}
