namespace GraphExplorer.Core.Documents;

/// <summary>The rules for source names: the short, unique name a store gives each folder it ingested.</summary>
public static class SourceNames
{
    /// <summary>The source of documents written without one, and of documents in a store written before sources existed.</summary>
    public const string Default = "default";

    /// <summary>The longest source name, in characters.</summary>
    public const int MaxLength = 64;

    /// <summary>Checks a source name: not blank, at most <see cref="MaxLength"/> characters, no <c>/</c>, <c>\</c> or control character, no surrounding white space.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="null"/> when the name is valid; otherwise why not.</returns>
    public static string? Validate(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "a source name must not be empty";
        }

        if (name.Length > MaxLength)
        {
            return $"a source name must be at most {MaxLength} characters";
        }

        if (name.Trim().Length != name.Length)
        {
            return "a source name must not start or end with white space";
        }

        return name.Any(c => c is '/' or '\\' || char.IsControl(c))
            ? "a source name must not contain '/', '\\' or control characters"
            : null;
    }

    /// <summary>The name a folder gets by default: its own name made valid (separators and control characters replaced by <c>-</c>).</summary>
    /// <param name="root">The folder's full path.</param>
    /// <returns>A valid source name.</returns>
    public static string FromFolder(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(root));
        var cleaned = new string([.. name.Select(c => c is '/' or '\\' || char.IsControl(c) ? '-' : c)]).Trim();
        if (cleaned.Length > MaxLength)
        {
            cleaned = cleaned[..MaxLength].TrimEnd();
        }

        return cleaned.Length == 0 ? "folder" : cleaned;
    }

    /// <summary>A name not taken yet: <paramref name="wanted"/>, else <c>wanted-2</c>, <c>wanted-3</c>, ...</summary>
    /// <param name="wanted">The name wanted.</param>
    /// <param name="taken">The names in use.</param>
    /// <returns>The first free name.</returns>
    public static string Unique(string wanted, IReadOnlySet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(taken);
        if (!taken.Contains(wanted))
        {
            return wanted;
        }

        for (var i = 2; ; i++)
        {
            var suffix = $"-{i}";
            var candidate = (wanted.Length + suffix.Length > MaxLength ? wanted[..(MaxLength - suffix.Length)] : wanted) + suffix;
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
