using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;

namespace GraphExplorer.Storage.Neo4j.Cypher;

/// <summary>
/// The statements of the repository's <c>cypher/</c> folder, embedded in this assembly at build time: the one
/// source of the Cypher the adapter runs. A statement is a file's text without its trailing semicolon.
/// </summary>
internal static partial class CypherFiles
{
    public const string ResourcePrefix = "GraphExplorer.Cypher.";

    private static readonly FrozenDictionary<string, string> Texts = Load();

    /// <summary>Every embedded file's name, without the <c>.cypher</c> extension.</summary>
    public static IEnumerable<string> Names => Texts.Keys;

    /// <summary>Gets the statement of a single-statement file.</summary>
    /// <param name="name">The file's name without extension, e.g. <c>write-document-entities</c>.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="KeyNotFoundException">No such file was embedded.</exception>
    public static string Get(string name) => TryGet(name, out var text)
        ? StripTerminator(text)
        : throw new KeyNotFoundException($"cypher/{name}.cypher is not embedded in {typeof(CypherFiles).Assembly.GetName().Name}.");

    /// <summary>Looks up the text of a file.</summary>
    /// <param name="name">The file's name without extension.</param>
    /// <param name="text">The file's text.</param>
    /// <returns><see langword="true"/> when the file was embedded.</returns>
    public static bool TryGet(string name, out string text) => Texts.TryGetValue(name, out text!);

    /// <summary>Splits a multi-statement file (<c>schema.cypher</c>) at semicolons that end a line.</summary>
    /// <param name="name">The file's name without extension.</param>
    /// <returns>The statements, in file order, without comment-only pieces.</returns>
    public static IReadOnlyList<string> GetAll(string name)
    {
        var text = TryGet(name, out var found) ? found : throw new KeyNotFoundException($"cypher/{name}.cypher is not embedded.");
        return StatementEnd().Split(text)
            .Where(piece => piece.Split('\n').Any(line => line.Trim() is { Length: > 0 } l && !l.StartsWith("//", StringComparison.Ordinal)))
            .Select(piece => piece.Trim())
            .ToArray();
    }

    private static string StripTerminator(string text) => text.TrimEnd().TrimEnd(';').TrimEnd();

    private static FrozenDictionary<string, string> Load()
    {
        var assembly = typeof(CypherFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".cypher", StringComparison.Ordinal))
            .ToFrozenDictionary(
                n => n[ResourcePrefix.Length..^".cypher".Length],
                n => Read(assembly, n),
                StringComparer.Ordinal);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Resource {resource} is listed but cannot be opened.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [GeneratedRegex(@";[ \t]*(?:\n|$)")]
    private static partial Regex StatementEnd();
}
