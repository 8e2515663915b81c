using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// A developer or investor in parentheses after a name (<c>PyTorch (Meta)</c>, <c>Harvey (openai投资)</c>) and a
/// company's products listed in parentheses after it (see <see cref="CompoundNameRules"/>).
/// </summary>
internal static partial class CompoundNameRules
{
    private const int MaxParenthesisLength = 48;

    private static readonly string[] DeveloperMarkers = ["推出", "开发", "研发", "旗下", "打造", "出品", "团队", "公司", "的", "发布", "开源", "实验室", "研究院", "提出"];

    private static readonly string[] InvestmentMarkers = ["投资", "领投", "参投", "跟投", "持股", "控股", "注资", "invest", "backed", "入股"];

    private static readonly string[] ExampleMarkers = ["e.g", "eg.", "如", "例如", "比如", "包括", "i.e"];

    private static void ApplyParenthesis(LineContext line, Mention mention, int headEnd)
    {
        var (open, close) = FindParenthesis(line.Text, mention.End);
        if (open < 0)
        {
            return;
        }

        var inner = line.Text.AsSpan(open + 1, close - open - 1).Trim();
        foreach (var marker in ExampleMarkers)
        {
            if (inner.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        var members = MentionsBetween(line, open + 1, close);
        if (members.Count == 0)
        {
            return;
        }

        var basis = BasisFor(close, headEnd);
        var quote = QuoteFor(line, mention.Start, close + 1, headEnd);
        var first = members[0];
        var leading = line.GapLength(open + 1, first.Start);
        if (first.IsCompany && leading == 0)
        {
            Span<char> restBuffer = stackalloc char[LineContext.GapBufferLength];
            var rest = line.Gap(first.End, close, restBuffer);
            if (CueSpans.ContainsAny(rest, InvestmentMarkers))
            {
                line.Add(first, RelationshipType.InvestsIn, mention, basis, quote);
            }
            else if (mention.IsArtifact && (rest.Length == 0 || WordMatch.StartsWithAny(rest, DeveloperMarkers, StringComparison.OrdinalIgnoreCase)))
            {
                line.Add(first, RelationshipType.Develops, mention, basis, quote);
            }
        }
        else if (mention.IsCompany && members.TrueForAll(m => m.IsArtifact && m.IsKnown) && leading == 0
                 && line.GapLength(members[^1].End, close) == 0 && IsCoordinatedList(line, members))
        {
            foreach (var member in members)
            {
                line.Add(mention, RelationshipType.Develops, member, basis, quote);
            }
        }
    }

    /// <summary>Finds a parenthesis that opens right after <paramref name="position"/> (spaces and 系列 allowed between).</summary>
    internal static (int Open, int Close) FindParenthesis(string text, int position)
    {
        var i = position;
        while (i < text.Length && (text[i] is ' ' or '*' or '`' or '”' or '"' || (text[i] == '系' && i + 1 < text.Length && text[i + 1] == '列')))
        {
            i += text[i] == '系' ? 2 : 1;
        }

        if (i >= text.Length || text[i] is not ('(' or '（'))
        {
            return (-1, -1);
        }

        var limit = Math.Min(text.Length, i + MaxParenthesisLength);
        for (var j = i + 1; j < limit; j++)
        {
            if (text[j] is ')' or '）')
            {
                return (i, j);
            }

            if (text[j] is '(' or '（')
            {
                return (-1, -1);
            }
        }

        return (-1, -1);
    }


}
