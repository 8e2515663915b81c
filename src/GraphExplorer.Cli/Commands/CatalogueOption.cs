using System.CommandLine;
using System.Text.Json;
using GraphExplorer.Extraction.Catalogue;

namespace GraphExplorer.Cli.Commands;

/// <summary><c>--catalogue none|builtin|&lt;file&gt;</c>: which entity catalogue extraction leans on.</summary>
internal static class CatalogueOption
{
    /// <summary>No catalogue: every name is found from the text alone.</summary>
    public const string None = "none";

    /// <summary>The catalogue embedded in the extractor (the default).</summary>
    public const string Builtin = "builtin";

    public static Option<string> Create() => new("--catalogue")
    {
        Description = $"The entity catalogue: '{None}' (names from the text alone), '{Builtin}' (default), or a JSON file "
            + "in the built-in format ({\"entities\":[{\"name\",\"type\",\"aliases\"}]}), merged with the built-in one (the file's entries win).",
        DefaultValueFactory = _ => Builtin,
    };

    /// <summary>The catalogue an option value names.</summary>
    /// <exception cref="CliUsageException">The file does not exist or is not a valid catalogue (the message names it and says why).</exception>
    public static EntityCatalogue Resolve(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Equals(Builtin, StringComparison.OrdinalIgnoreCase))
        {
            return EntityCatalogue.Default;
        }

        if (value.Equals(None, StringComparison.OrdinalIgnoreCase))
        {
            return EntityCatalogue.None;
        }

        var path = Path.GetFullPath(value);
        if (!File.Exists(path))
        {
            throw new CliUsageException($"Option '--catalogue': '{path}' does not exist (use '{None}', '{Builtin}' or a catalogue file).");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return EntityCatalogue.Default.MergedAfter(EntityCatalogue.Load(stream));
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"Option '--catalogue': '{path}' is not a valid catalogue: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new CliUsageException($"Option '--catalogue': '{path}' cannot be read: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CliUsageException($"Option '--catalogue': '{path}' cannot be read: {ex.Message}", ex);
        }
    }
}
