namespace GraphExplorer.Testing;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graphexplorer-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The full path of a file or folder inside, given with forward slashes.</summary>
    /// <param name="relativePath">The path relative to the folder.</param>
    /// <returns>The full path.</returns>
    public string Combine(string relativePath) =>
        System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>Writes a UTF-8 text file (no BOM), creating its folders.</summary>
    /// <param name="relativePath">The path relative to the folder.</param>
    /// <param name="text">The text.</param>
    /// <returns>The file's full path.</returns>
    public string WriteText(string relativePath, string text) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Writes a file, creating its folders.</summary>
    /// <param name="relativePath">The path relative to the folder.</param>
    /// <param name="bytes">The content.</param>
    /// <returns>The file's full path.</returns>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>
    /// Deletes the folder and everything in it. A file whose name is not valid UTF-8 cannot be named by .NET (its
    /// name does not round-trip), so <see cref="Directory.Delete(string, bool)"/> fails on it; then <c>rm -rf</c> does it.
    /// </summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException) when (!Directory.Exists(Path))
        {
            // Already gone.
        }
        catch (IOException) when (!OperatingSystem.IsWindows())
        {
            RemoveWithShell(Path);
        }
    }

    /// <summary>Removes a folder with <c>rm -rf</c>, which takes names as bytes.</summary>
    /// <param name="path">The folder.</param>
    public static void RemoveWithShell(string path)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("rm") { ArgumentList = { "-rf", "--", path } })
            ?? throw new InvalidOperationException("rm did not start");
        process.WaitForExit();
    }
}
