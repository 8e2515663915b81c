using GraphExplorer.Bench.Corpus;
using GraphExplorer.Bench.Extraction;
using GraphExplorer.Extraction;
using GraphExplorer.Extraction.Catalogue;
using GraphExplorer.Testing;

namespace GraphExplorer.Bench.Tests.Corpus;

public sealed class SyntheticCorpusGeneratorTests : IDisposable
{
    // Twice the seeds (about 350 KB), so later files come from replicas with substituted names.
    private const long TargetBytes = 800 * 1024;

    private readonly TempDirectory _temp = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task WriteAsync_SameSeedTwice_SameBytes()
    {
        var first = await CreateSut(seed: 7).WriteAsync(RepositoryPaths.Seeds, _temp.Combine("a"), Ct);

        var second = await CreateSut(seed: 7).WriteAsync(RepositoryPaths.Seeds, _temp.Combine("b"), Ct);

        Assert.Equal(first.Files.Select(Path.GetFileName), second.Files.Select(Path.GetFileName));
        foreach (var (a, b) in first.Files.Zip(second.Files))
        {
            Assert.Equal(await File.ReadAllBytesAsync(a, Ct), await File.ReadAllBytesAsync(b, Ct));
        }
    }

    [Fact]
    public async Task WriteAsync_OtherSeed_OtherBytes()
    {
        var first = await CreateSut(seed: 7).WriteAsync(RepositoryPaths.Seeds, _temp.Combine("a"), Ct);

        var second = await CreateSut(seed: 8).WriteAsync(RepositoryPaths.Seeds, _temp.Combine("b"), Ct);

        Assert.NotEqual(await File.ReadAllBytesAsync(first.Files[^1], Ct), await File.ReadAllBytesAsync(second.Files[^1], Ct));
    }

    [Fact]
    public async Task WriteAsync_TargetSize_ReachedWithinTenPercentInFilesOfTheConfiguredSizes()
    {
        var corpus = await CreateSut(seed: 7).WriteAsync(RepositoryPaths.Seeds, _temp.Path, Ct);

        var sizes = corpus.Files.Select(f => new FileInfo(f).Length).ToArray();
        Assert.Equal(sizes.Sum(), corpus.Bytes);
        Assert.InRange(corpus.Bytes, TargetBytes * 0.9, TargetBytes * 1.1);
        Assert.All(sizes[..^1], size => Assert.InRange(size, 100 * 1024, 220 * 1024));
    }

    [Fact]
    public async Task WriteAsync_ReplicaWithSubstitutedNames_ExtractionStillFindsEdges()
    {
        var corpus = await CreateSut(seed: 7).WriteAsync(RepositoryPaths.Seeds, _temp.Path, Ct);
        var seedBytes = Directory.EnumerateFiles(RepositoryPaths.Seeds).Sum(f => new FileInfo(f).Length);
        var replicas = FilesStartingAfter(corpus.Files, seedBytes);

        var measurement = await new ExtractionThroughput(new DocumentExtractor()).MeasureAsync(replicas, Ct);

        Assert.NotEmpty(replicas);
        Assert.True(measurement.Relationships > 100, $"Extraction found {measurement.Relationships} relationships in {replicas.Count} files.");
        Assert.True(measurement.Entities > 50, $"Extraction found {measurement.Entities} entities in {replicas.Count} files.");
    }

    /// <summary>The files that start past the first replica (the seeds with their own names).</summary>
    private static List<string> FilesStartingAfter(IReadOnlyList<string> files, long offset)
    {
        var after = new List<string>();
        var at = 0L;
        foreach (var file in files)
        {
            if (at >= offset)
            {
                after.Add(file);
            }

            at += new FileInfo(file).Length;
        }

        return after;
    }

    private static SyntheticCorpusGenerator CreateSut(int seed) => new(
        new SyntheticCorpusOptions { TargetBytes = TargetBytes, MinFileBytes = 100 * 1024, MaxFileBytes = 200 * 1024, Seed = seed },
        EntityCatalogue.Default);
}
