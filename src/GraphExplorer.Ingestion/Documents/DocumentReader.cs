using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GraphExplorer.Core.Documents;

namespace GraphExplorer.Ingestion.Documents;

/// <summary>
/// Reads one file for ingestion, checking it is a sound text document: not empty, not too large (checked
/// before reading), not binary, valid UTF-8 (or UTF-16 LE/BE with its byte-order mark), no line over the limit.
/// Unchanged files are not decoded.
/// </summary>
/// <param name="maxDocumentBytes">The largest file read.</param>
/// <param name="maxLineLength">The longest line accepted, in characters.</param>
internal sealed class DocumentReader(long maxDocumentBytes, int maxLineLength)
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16LeBom = [0xFF, 0xFE];
    private static readonly byte[] Utf16BeBom = [0xFE, 0xFF];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Reads a file.</summary>
    /// <param name="path">The file's full path.</param>
    /// <param name="document">Its path relative to the folder.</param>
    /// <param name="storedHash">The hash the store holds for it, if any.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document, <see cref="DocumentReading.Unchanged"/>, or a reason to skip it.</returns>
    public async Task<DocumentReading> ReadAsync(string path, string document, string? storedHash, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length == 0)
            {
                return DocumentReading.Skip("empty file");
            }

            if (length > maxDocumentBytes)
            {
                return DocumentReading.Skip(Format($"too large: {length} bytes, the limit is {maxDocumentBytes}"));
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return DocumentReading.Skip($"cannot be read: {ex.Message}");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (string.Equals(hash, storedHash, StringComparison.Ordinal))
        {
            return DocumentReading.Unchanged;
        }

        var (encoding, bom, name) = Detect(bytes);
        if (encoding == StrictUtf8 && Array.IndexOf(bytes, (byte)0) is var nul and >= 0)
        {
            return DocumentReading.Skip(Format($"binary file: NUL byte at offset {nul}"));
        }

        string text;
        try
        {
            text = encoding.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException ex)
        {
            return DocumentReading.Skip($"not valid {name}: {ex.Message}");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return DocumentReading.Skip(Format($"binary file: NUL character in its {name} text"));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return DocumentReading.Skip("empty file (only white space)");
        }

        var (line, longest) = LongestLine(text);
        return longest > maxLineLength
            ? DocumentReading.Skip(Format($"line {line} is {longest} characters long, the limit is {maxLineLength}"))
            : new DocumentReading(new DocumentSource(document, hash, text), null);
    }

    /// <summary>The encoding a byte-order mark names (UTF-8 when there is none), and the mark's length.</summary>
    private static (Encoding Encoding, int Bom, string Name) Detect(byte[] bytes) =>
        bytes.AsSpan().StartsWith(Utf8Bom) ? (StrictUtf8, Utf8Bom.Length, "UTF-8")
        : bytes.AsSpan().StartsWith(Utf16LeBom) ? (StrictUtf16Le, Utf16LeBom.Length, "UTF-16 LE")
        : bytes.AsSpan().StartsWith(Utf16BeBom) ? (StrictUtf16Be, Utf16BeBom.Length, "UTF-16 BE")
        : (StrictUtf8, 0, "UTF-8");

    private static (int Line, int Length) LongestLine(string text)
    {
        int line = 1, longestLine = 1, longest = 0, start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;
            if (length > longest)
            {
                (longest, longestLine) = (length, line);
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
            line++;
        }

        return (longestLine, longest);
    }

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
