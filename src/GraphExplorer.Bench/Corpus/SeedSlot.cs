namespace GraphExplorer.Bench.Corpus;

/// <summary>A mention in a seed line.</summary>
/// <param name="Entry">The index of the entry mentioned in <see cref="GraphExplorer.Extraction.Catalogue.EntityCatalogue.Entries"/>.</param>
/// <param name="Cjk">Whether the mention was written in Chinese, so its replacement is too when it can be.</param>
internal readonly record struct SeedSlot(int Entry, bool Cjk);
