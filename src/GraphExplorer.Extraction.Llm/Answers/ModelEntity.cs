namespace GraphExplorer.Extraction.Llm.Answers;

/// <summary>An entity as the model listed it.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Type">Its type as written (company, model, product, person …).</param>
/// <param name="Aliases">Other names the model gave for it.</param>
internal sealed record ModelEntity(string Name, string? Type, IReadOnlyList<string> Aliases);
