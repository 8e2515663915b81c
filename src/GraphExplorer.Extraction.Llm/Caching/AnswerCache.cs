using System.Text;

namespace GraphExplorer.Extraction.Llm.Caching;

/// <summary>
/// The model's raw answers, one file per (model, prompt version, section hash) key under <c>{folder}/llm-cache/</c>.
/// Only answers that parsed are stored, so a malformed one is asked again next time. Writes go to a temporary file
/// first, then replace, so a crash never leaves half an answer.
/// </summary>
/// <param name="folder">The folder the cache lives in (the store's folder).</param>
internal sealed class AnswerCache(string folder)
{
    /// <summary>The cache's sub-folder name.</summary>
    public const string FolderName = "llm-cache";

    private readonly string _root = Path.Combine(Path.GetFullPath(folder), FolderName);

    /// <summary>The folder holding the cached answers.</summary>
    public string Root => _root;

    public async Task<string?> TryGetAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        try
        {
            return File.Exists(path) ? await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public async Task SetAsync(string key, string answer, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_root);
        var path = PathOf(key);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temporary, answer, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    private string PathOf(string key) => Path.Combine(_root, key + ".json");
}
