using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>
/// Capitalised Latin runs shaped like names that are none: a date (<c>April 2024</c>, <c>May 12</c>) and a hyphenated
/// adjective (<c>Cologne-based</c>, <c>NVIDIA-backed</c>); see <see cref="LatinNameClassifier"/>.
/// </summary>
internal static class LatinNonNames
{
    /// <summary>Whether the run is a date or an adjective, not a name.</summary>
    public static bool IsDateOrAdjective(ReadOnlySpan<char> name) => IsDate(name) || IsDescriptiveCompound(name);

    /// <summary>Lower-case words hyphenated onto a word that make it an adjective (<c>Cologne-based</c>, <c>NVIDIA-backed</c>).</summary>
    private static readonly string[] DescriptiveEndings = ["-based", "-headquartered", "-backed", "-owned", "-led", "-powered", "-focused", "-native", "-style", "-like", "-born"];

    private static bool IsDescriptiveCompound(ReadOnlySpan<char> name) =>
        name.IndexOf(' ') < 0 && WordMatch.EndsWithAny(name, DescriptiveEndings, StringComparison.Ordinal);

    /// <summary>A month or day with only numbers after it: <c>April 2024</c>, <c>May 12</c>.</summary>
    private static bool IsDate(ReadOnlySpan<char> name)
    {
        var space = name.IndexOf(' ');
        if (space < 0 || !EnglishWords.Dates.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name[..space]))
        {
            return false;
        }

        foreach (var c in name[(space + 1)..])
        {
            if (!char.IsAsciiDigit(c) && c is not (' ' or ','))
            {
                return false;
            }
        }

        return true;
    }
}
