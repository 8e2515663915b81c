namespace GraphExplorer.Extraction.Relations;

/// <summary>Anaphors and unnamed subjects: what 该公司, 后者, 二者 and <c>the company</c> stand for (see <see cref="CueSubjects"/>).</summary>
internal static partial class CueSubjects
{
    /// <summary>Definite descriptions of a company: they stand for a company named before, never a model or product.</summary>
    private static readonly string[] CompanyAnaphors = ["该公司", "该企业", "这家公司", "该机构", "this company", "the company", "the startup", "the firm"];

    /// <summary>Definite descriptions of a model: they stand for a model named before (<c>萤伴由栩生-RP 32B驱动，该模型由…微调而来</c>).</summary>
    private static readonly string[] ModelAnaphors = ["该模型", "该大模型", "这款模型", "这个模型", "the model"];

    private static readonly string[] Anaphors = [.. CompanyAnaphors, .. ModelAnaphors, "后者", "the latter"];

    /// <summary>What an anaphor in a clause may stand for: a company for a company's description, a model for a model's, else anything fitting.</summary>
    private static Func<Mention, bool> AntecedentFits(ReadOnlySpan<char> clauseText, Func<Mention, bool> fits) =>
        CueSpans.ContainsAny(clauseText, CompanyAnaphors) ? m => fits(m) && CueRoles.CanBeCompany(m)
        : CueSpans.ContainsAny(clauseText, ModelAnaphors) ? m => fits(m) && m.Type == Core.Entities.EntityType.Model
        : fits;

    /// <summary>
    /// The company a company anaphor ending at <paramref name="end"/> stands for (<c>该公司的A轮</c>, <c>The company's
    /// Series B</c>, <c>其B轮</c>): the previous sentence's subject when the anaphor opens its sentence, else the nearest
    /// company before it; <see langword="null"/> when no anaphor ends there.
    /// </summary>
    public static Mention? CompanyAntecedent(LineContext line, int end)
    {
        var before = line.Text.AsSpan(0, end);
        var anaphor = -1;
        foreach (var word in (ReadOnlySpan<string>)[.. CompanyAnaphors, "其"])
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                anaphor = end - word.Length;
                break;
            }
        }

        if (anaphor < 0)
        {
            return null;
        }

        var sentenceStart = line.SentenceStart(anaphor);
        if (sentenceStart > 0 && line.Text.AsSpan(sentenceStart, anaphor - sentenceStart).Trim().IsEmpty
            && Before(line, sentenceStart - 1, CueRoles.CanBeCompany, strict: true) is { Count: > 0 } subject)
        {
            return subject[0];
        }

        return NearestBefore(line, anaphor, m => m.IsCompany, crossSentences: true);
    }

    /// <summary>
    /// The antecedent of a company anaphor that opens the clause at <paramref name="clauseStart"/> when the clause opens its
    /// sentence (<c>The company rents…</c>): the previous sentence's subject; <see langword="null"/> otherwise.
    /// </summary>
    private static Mention? OpeningCompanyAnaphor(LineContext line, int clauseStart, int position)
    {
        var lead = line.Text.AsSpan(clauseStart, position - clauseStart);
        var trimmed = lead.TrimStart(" *_-—\u3000");
        var anaphor = WordMatch.StartingWord(trimmed, CompanyAnaphors, StringComparison.OrdinalIgnoreCase);
        return anaphor is null || line.SentenceStart(clauseStart) != clauseStart
            ? null
            : CompanyAntecedent(line, clauseStart + (lead.Length - trimmed.Length) + anaphor.Length);
    }

    /// <summary>Company anaphors that open a sentence, the bare 公司 among them (<c>…。公司成立之初，就获得了…</c>).</summary>
    private static readonly string[] SentenceAnaphors = [.. CompanyAnaphors, "公司"];

    /// <summary>Words that stand for the two things just named (<c>二者都基于…</c>, <c>Both are built on…</c>).</summary>
    private static readonly string[] PluralAnaphors = ["二者", "两者", "两款", "两家", "Both ", "both ", "The two ", "the two "];

    /// <summary>The last two different fitting mentions before a position in the line, in text order.</summary>
    private static IReadOnlyList<Mention> LastTwo(LineContext line, int position, Func<Mention, bool> fits)
    {
        var pair = new List<Mention>(2);
        for (var k = line.FirstMentionAtOrAfter(position) - 1; k >= 0 && pair.Count < 2; k--)
        {
            var mention = line.Mentions[k];
            if (mention.End <= position && fits(mention) && (pair.Count == 0 || pair[0].Key != mention.Key))
            {
                pair.Insert(0, mention);
            }
        }

        return pair;
    }

    /// <summary>
    /// Whether a clause opens with an organisation's name of its own before 则 or 也 (<c>百度智能云则</c>, <c>火山引擎也</c>): a
    /// subject no mention covers. A part or a feature there (<c>角色语音则</c>, <c>建模部分则</c>) stands for the sentence's subject.
    /// </summary>
    private static bool HasUnnamedSubject(ReadOnlySpan<char> clauseLead)
    {
        var marker = clauseLead.IndexOfAny('则', '也');
        if (marker < MinUnnamedSubject)
        {
            return false;
        }

        var subject = clauseLead[..marker].Trim();
        foreach (var c in subject)
        {
            if (Discovery.ChineseWords.FunctionCharacters.Contains(c) || !(Discovery.ChineseNameFinder.IsCjk(c) || char.IsAsciiLetterOrDigit(c) || c == ' '))
            {
                return false;
            }
        }

        return WordMatch.EndsWithAny(subject, OrganisationEndings, StringComparison.Ordinal);
    }

    /// <summary>The fewest characters a subject before 则 or 也 has (<c>它也</c> is a pronoun's clause, which other rules read).</summary>
    private const int MinUnnamedSubject = 2;

    /// <summary>Endings of an organisation's name: the company suffixes and a cloud's (<c>智能云</c>, <c>引擎</c>).</summary>
    private static readonly string[] OrganisationEndings = [.. Discovery.ChineseWords.CompanySuffixes, "云", "引擎"];

    private static bool IsAnaphoric(ReadOnlySpan<char> text) => CueSpans.ContainsAny(text, Anaphors);

    /// <summary>
    /// The previous sentence's subject when the sentence holding <paramref name="position"/> opens with a pronoun or
    /// drops its subject (<c>It runs on Azure OpenAI Service and is powered by GPT-4.1.</c>); <see langword="null"/> when
    /// the sentence opens otherwise, empty when it does but no earlier sentence names a fitting subject.
    /// </summary>
    public static IReadOnlyList<Mention>? ContinuedSubject(LineContext line, int position, Func<Mention, bool> fits)
    {
        var sentenceStart = line.SentenceStart(position);
        if (!OpensSubjectless(line.Text.AsSpan(sentenceStart, position - sentenceStart)))
        {
            return null;
        }

        return sentenceStart > 0 ? Before(line, sentenceStart - 1, fits, strict: true) : [];
    }
}
