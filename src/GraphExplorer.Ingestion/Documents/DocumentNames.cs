using System.Globalization;
using System.Text;

namespace GraphExplorer.Ingestion.Documents;

/// <summary>Document names as they may be shown: a file name can hold any character but <c>/</c>, including line breaks.</summary>
public static class DocumentNames
{
    /// <summary>
    /// Escapes control characters (<c>\n</c>, <c>\r</c>, <c>\t</c>, others as <c>\u001b</c>) and backslashes, so that a
    /// file name cannot forge log lines or terminal output.
    /// </summary>
    /// <param name="name">The name or path.</param>
    /// <returns>The name, safe for one line of text.</returns>
    public static string ForDisplay(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.Any(c => char.IsControl(c) || c == '\\'))
        {
            return name;
        }

        var builder = new StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '\n' => builder.Append(@"\n"),
                '\r' => builder.Append(@"\r"),
                '\t' => builder.Append(@"\t"),
                _ when char.IsControl(c) => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
