using GraphExplorer.Core.Entities;

namespace GraphExplorer.Extraction.Scoring;

/// <summary>How many gold entities the graph holds as nodes, and how many of those it types right.</summary>
/// <param name="Gold">Gold entities.</param>
/// <param name="Found">Gold entities some node matches (through any name or alias).</param>
/// <param name="TypedRight">Found gold entities whose matching node has the gold type.</param>
/// <param name="ByType">Per gold type: gold entities, found, typed right.</param>
/// <param name="Missed">Gold entities no node matches, by canonical name.</param>
/// <param name="Mistyped">Found gold entities typed otherwise: name, gold type, predicted type.</param>
public sealed record EntityScore(
    int Gold,
    int Found,
    int TypedRight,
    IReadOnlyDictionary<EntityType, (int Gold, int Found, int TypedRight)> ByType,
    IReadOnlyList<string> Missed,
    IReadOnlyList<(string Name, EntityType Gold, EntityType Predicted)> Mistyped)
{
    /// <summary>Found gold entities over gold entities; 1 when the gold lists none.</summary>
    public double Recall => Gold == 0 ? 1d : (double)Found / Gold;

    /// <summary>Found gold entities typed right over found gold entities; 1 when none was found.</summary>
    public double TypeAccuracy => Found == 0 ? 1d : (double)TypedRight / Found;
}
