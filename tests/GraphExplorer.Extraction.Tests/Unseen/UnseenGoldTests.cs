using System.Text.Json;

namespace GraphExplorer.Extraction.Tests.Unseen;

/// <summary>
/// Integrity of the unseen notes and their gold (<c>Unseen/{dev,test}</c>): every row is checked against the text it cites.
/// Nothing here runs the extractor; the data must stay independent of it.
/// </summary>
public sealed class UnseenGoldTests
{
    private const int MinRowsPerType = 8;

    private static readonly string[] RelationTypes = ["DEVELOPS", "BUILT_ON", "COMPETES_WITH", "SUPPLIES_COMPUTE_TO", "INVESTS_IN"];
    private static readonly string[] EntityTypes = ["Company", "Model", "Product"];
    private static readonly string[] Bases = ["structure", "prose"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The folder holding the splits, copied beside the test assembly.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Unseen");

    [Theory]
    [InlineData("dev")]
    [InlineData("test")]
    public Task Relations_EachRow_QuoteIsOnTheCitedLineOfTheCitedNote(string split) => AssertEveryRowAsync(split, QuoteProblems);

    [Theory]
    [InlineData("dev")]
    [InlineData("test")]
    public Task Relations_EachRow_EndpointsAreEntitiesNamedInTheQuote(string split) => AssertEveryRowAsync(split, EndpointProblems);

    [Theory]
    [InlineData("dev")]
    [InlineData("test")]
    public async Task Relations_AllRows_HaveKnownTypeAndBasisAndNoDuplicates(string split)
    {
        var data = await SplitData.LoadAsync(split, TestContext.Current.CancellationToken);

        var unknown = data.Relations.Where(r => !RelationTypes.Contains(r.Type) || !Bases.Contains(r.Basis)).ToList();
        var duplicates = data.Relations.GroupBy(r => r.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(unknown);
        Assert.Empty(duplicates);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("test")]
    public async Task Relations_EveryType_HasAtLeastEightRows(string split)
    {
        var data = await SplitData.LoadAsync(split, TestContext.Current.CancellationToken);

        foreach (var type in RelationTypes)
        {
            var count = data.Relations.Count(r => r.Type == type);
            Assert.True(count >= MinRowsPerType, $"{split}: {type} has {count} rows, fewer than {MinRowsPerType}.");
        }
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("test")]
    public async Task Entities_All_HaveKnownTypeUniqueSurfaceFormsUsedInTheNotes(string split)
    {
        var data = await SplitData.LoadAsync(split, TestContext.Current.CancellationToken);
        var text = string.Join('\n', data.Notes.Values.SelectMany(lines => lines));

        var problems = new List<string>();
        problems.AddRange(data.Entities.Where(e => !EntityTypes.Contains(e.Type)).Select(e => $"{e.Name}: type {e.Type}"));
        problems.AddRange(data.Entities.GroupBy(e => e.Name).Where(g => g.Count() > 1).Select(g => $"{g.Key}: listed twice"));
        problems.AddRange(data.Entities.SelectMany(e => e.Aliases.Select(a => (Alias: a, e.Name))).GroupBy(p => p.Alias)
            .Where(g => g.Select(p => p.Name).Distinct().Count() > 1).Select(g => $"alias {g.Key} on {string.Join(", ", g.Select(p => p.Name))}"));
        problems.AddRange(data.Entities.SelectMany(e => e.Aliases.Where(a => !text.Contains(a, StringComparison.Ordinal)).Select(a => $"{e.Name}: alias {a} is not in the notes")));

        Assert.Empty(problems);
    }

    [Fact]
    public void Splits_DevAndTest_ShareNoNote()
    {
        var dev = Directory.EnumerateFiles(Path.Combine(Root, "dev", "notes"), "*.md").Select(Path.GetFileName);
        var test = Directory.EnumerateFiles(Path.Combine(Root, "test", "notes"), "*.md").Select(Path.GetFileName);

        Assert.Empty(dev.Intersect(test));
    }

    private static async Task AssertEveryRowAsync(string split, Func<SplitData, GoldRelation, IEnumerable<string>> problemsOf)
    {
        var data = await SplitData.LoadAsync(split, TestContext.Current.CancellationToken);

        Assert.Empty(data.Relations.SelectMany(row => problemsOf(data, row)));
    }

    private static IEnumerable<string> QuoteProblems(SplitData data, GoldRelation row)
    {
        if (!data.Notes.TryGetValue(row.Doc, out var lines))
        {
            yield return $"{row}: no note {row.Doc}";
        }
        else if (row.Line < 1 || row.Line > lines.Length)
        {
            yield return $"{row}: line {row.Line} outside 1..{lines.Length}";
        }
        else if (string.IsNullOrWhiteSpace(row.Quote) || !lines[row.Line - 1].Contains(row.Quote, StringComparison.Ordinal))
        {
            yield return $"{row}: quote not on line {row.Line}";
        }
    }

    private static IEnumerable<string> EndpointProblems(SplitData data, GoldRelation row)
    {
        if (row.Source == row.Target)
        {
            yield return $"{row}: source and target are the same entity";
        }

        foreach (var name in new[] { row.Source, row.Target })
        {
            var entity = data.Entities.FirstOrDefault(e => e.Name == name);
            if (entity is null)
            {
                yield return $"{row}: {name} is not in entities.jsonl";
            }
            else if (!entity.SurfaceForms.Any(form => row.Quote.Contains(form, StringComparison.Ordinal)))
            {
                yield return $"{row}: neither {name} nor an alias of it is in the quote";
            }
        }
    }

    private sealed record GoldRelation(string Doc, int Line, string Type, string Source, string Target, string Quote, string Basis)
    {
        /// <summary>One row per (note, line, type, source, target); COMPETES_WITH is recorded once either way.</summary>
        public string Key => Type == "COMPETES_WITH" && string.CompareOrdinal(Source, Target) > 0
            ? $"{Doc}:{Line}:{Type}:{Target}:{Source}"
            : $"{Doc}:{Line}:{Type}:{Source}:{Target}";

        public override string ToString() => $"{Doc}:{Line} {Type} {Source} -> {Target}";
    }

    private sealed record GoldEntity(string Name, string Type, string[] Aliases)
    {
        public IEnumerable<string> SurfaceForms => Aliases.Prepend(Name);
    }

    private sealed record SplitData(IReadOnlyDictionary<string, string[]> Notes, IReadOnlyList<GoldRelation> Relations, IReadOnlyList<GoldEntity> Entities)
    {
        public static async Task<SplitData> LoadAsync(string split, CancellationToken cancellationToken)
        {
            var folder = Path.Combine(Root, split);
            var notes = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var path in Directory.EnumerateFiles(Path.Combine(folder, "notes"), "*.md"))
            {
                var text = await File.ReadAllTextAsync(path, cancellationToken);
                notes[Path.GetFileName(path)] = text.ReplaceLineEndings("\n").Split('\n');
            }

            var relations = await ReadJsonLinesAsync<GoldRelation>(Path.Combine(folder, "gold", "relations.jsonl"), cancellationToken);
            var entities = await ReadJsonLinesAsync<GoldEntity>(Path.Combine(folder, "gold", "entities.jsonl"), cancellationToken);
            return new SplitData(notes, relations, entities);
        }

        private static async Task<List<T>> ReadJsonLinesAsync<T>(string path, CancellationToken cancellationToken)
        {
            var rows = new List<T>();
            var number = 0;
            foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
            {
                number++;
                if (line.Length > 0)
                {
                    rows.Add(JsonSerializer.Deserialize<T>(line, Json) ?? throw new InvalidDataException($"{path}:{number}: null row."));
                }
            }

            return rows;
        }
    }
}
