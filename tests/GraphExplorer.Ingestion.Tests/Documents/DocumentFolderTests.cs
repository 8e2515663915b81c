using GraphExplorer.Ingestion.Documents;
using GraphExplorer.Testing;

namespace GraphExplorer.Ingestion.Tests.Documents;

/// <summary>Hostile folders: symbolic link loops and links out of the folder, file names that are not valid UTF-8 or hold line breaks.</summary>
public sealed class DocumentFolderTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Enumerate_LinkLoopNotFollowed_ListsEachDocumentOnceAndReportsTheLink()
    {
        var folder = CreateLoop();

        var files = DocumentFolder.Enumerate(folder);

        Assert.Equal(["a.md", "sub/b.md"], files.Where(f => f.Refused is null).Select(f => f.Document));
        var link = Assert.Single(files, f => f.Refused is not null);
        Assert.Equal("sub/uplink", link.Document);
        Assert.Contains("not followed", link.Refused, StringComparison.Ordinal);
    }

    [Fact]
    public void Enumerate_LinkLoopFollowed_CutsTheCycle()
    {
        var folder = CreateLoop();

        var files = DocumentFolder.Enumerate(folder, followSymlinks: true);

        Assert.Equal(["a.md", "sub/b.md"], files.Where(f => f.Refused is null).Select(f => f.Document));
        Assert.Contains("cycle", Assert.Single(files, f => f.Refused is not null).Refused, StringComparison.Ordinal);
    }

    [Fact]
    public void Enumerate_LinksOutOfTheFolderFollowed_RefusedWithTheTarget()
    {
        var outside = _root.WriteText("outside/secret.md", "X -BUILT_ON-> Y\n");
        _root.WriteText("docs/a.md", "A -BUILT_ON-> B\n");
        File.CreateSymbolicLink(_root.Combine("docs/secret.md"), outside);
        Directory.CreateSymbolicLink(_root.Combine("docs/out"), _root.Combine("outside"));

        var files = DocumentFolder.Enumerate(_root.Combine("docs"), followSymlinks: true);

        Assert.Equal(["a.md"], files.Where(f => f.Refused is null).Select(f => f.Document));
        Assert.Equal(["out", "secret.md"], files.Where(f => f.Refused is not null).Select(f => f.Document));
        Assert.All(files.Where(f => f.Refused is not null), f => Assert.Contains("outside the folder", f.Refused, StringComparison.Ordinal));
    }

    [Fact]
    public void Enumerate_LinkInsideTheFolderFollowed_ReadsTheTargetUnderTheLinksName()
    {
        var target = _root.WriteText("docs/real/a.md", "A -BUILT_ON-> B\n");
        File.CreateSymbolicLink(_root.Combine("docs/alias.md"), target);

        var files = DocumentFolder.Enumerate(_root.Combine("docs"), followSymlinks: true);

        Assert.Equal([("alias.md", target), ("real/a.md", target)], files.Select(f => (f.Document, f.Path)));
    }

    [Fact]
    public void Enumerate_FileNameNotValidUtf8_RefusedSayingSo()
    {
        var folder = Directory.CreateDirectory(_root.Combine("docs")).FullName;
        CreateFileWithRawName(folder, [0x62, 0x61, 0x64, 0xFF, 0x2E, 0x6D, 0x64]); // "bad\xFF.md"

        IReadOnlyList<DocumentFile> files;
        try
        {
            files = DocumentFolder.Enumerate(folder);
        }
        finally
        {
            TempDirectory.RemoveWithShell(folder); // .NET cannot name the file to delete it: its name does not round-trip.
        }

        Assert.Contains("not valid UTF-8", Assert.Single(files).Refused, StringComparison.Ordinal);
    }

    [Fact]
    public void ForDisplay_NameWithLineBreak_CannotForgeALogLine()
    {
        var shown = DocumentNames.ForDisplay("a.md\n[2/2] forged.md\u001b[31m");

        Assert.Equal(@"a.md\n[2/2] forged.md\u001b[31m", shown);
        Assert.DoesNotContain('\n', shown);
    }

    private string CreateLoop()
    {
        _root.WriteText("d/a.md", "A -BUILT_ON-> B\n");
        _root.WriteText("d/sub/b.md", "B -BUILT_ON-> C\n");
        Directory.CreateSymbolicLink(_root.Combine("d/sub/uplink"), "..");
        return _root.Combine("d");
    }

    /// <summary>Creates a file whose name is the given bytes (not valid UTF-8), through the shell's printf.</summary>
    private static void CreateFileWithRawName(string folder, byte[] name)
    {
        var octal = string.Concat(name.Select(b => $"\\{Convert.ToString(b, 8).PadLeft(3, '0')}"));
        Shell($"cd \"$1\" && printf 'A -BUILT_ON-> B\\n' > \"$(printf '{octal}')\"", folder);
    }

    private static void Shell(string script, string argument)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/bin/sh")
        {
            ArgumentList = { "-c", script, "sh", argument },
        }) ?? throw new InvalidOperationException("sh did not start");
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
