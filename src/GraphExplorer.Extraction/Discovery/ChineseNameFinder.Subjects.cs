using GraphExplorer.Core.Entities;
using GraphExplorer.Extraction.Relations;

namespace GraphExplorer.Extraction.Discovery;

/// <summary>Subjects of built-on verbs and recipients of supply verbs (see <see cref="ChineseNameFinder"/>).</summary>
internal static partial class ChineseNameFinder
{
    /// <summary>
    /// Verbs whose subject is a model or product being built on something (<c>墨羽写作基于墨羽-13B</c>,
    /// <c>蚂小财基于百灵大模型构建</c>, <c>途灵运行在征程6之上</c>): the name before them, bounded like a cue verb's subject.
    /// </summary>
    private static readonly string[] BuiltOnVerbs = ["基于", "接入了", "运行在", "运行于", "搭载了", "跑在", "由", "以"];

    /// <summary>The first characters of <see cref="BuiltOnVerbs"/>: a line with none of them has none of the verbs.</summary>
    private const string BuiltOnVerbStarts = "基接运搭跑由以";

    private static readonly System.Buffers.SearchValues<char> NumeralCharacters = System.Buffers.SearchValues.Create("一二两三四五六七八九十百千万几");

    /// <summary>How far into its clause a one-character opener's closer may come (<c>由自研的桅灯-Agent 8B驱动</c>).</summary>
    private const int MaxOpenerSpan = 24;

    /// <summary>Endings that make a part of something wherever it stands (<c>生成端</c>, <c>检索层</c>).</summary>
    private static readonly string[] PartEndings = ["端", "层"];

    /// <summary>Nouns for a part or feature of something (<c>液冷系统</c>, <c>建模部分</c>, <c>角色语音</c>); declared after <see cref="PartEndings"/>, which it holds.</summary>
    private static readonly string[] PartNouns = ["系统", "部分", "模块", "功能", "方案", "语音", "组件", "子系统", "底座", "后端", "前端", .. PartEndings];

    /// <summary>Words between a subject and a built-on verb that belong to neither (<c>X是基于Y的应用</c>, <c>X则接入了Y</c>).</summary>
    private static readonly string[] SubjectLinks = ["也是", "都是", "是", "则", "都", "也", "均", "就", "便"];

    /// <summary>
    /// Companies introduced as such at a clause's start (<c>椰岚是一家吉隆坡的初创公司</c>, <c>澄言是一家做口语陪练的上海团队</c>):
    /// the name before 是一家, when the apposition after it says company.
    /// </summary>
    private static void FindIntroducedCompanies(string text, List<(int Start, int End)> covered, Func<ReadOnlySpan<char>, bool> isGeneric, List<DiscoveredName> into)
    {
        var from = 0;
        while ((from = text.IndexOf("是一家", from, StringComparison.Ordinal)) >= 0)
        {
            var at = from;
            from += 3;
            if (IsCovered(covered, at) || (at > 0 && IsCovered(covered, at - 1)))
            {
                continue;
            }

            // 澄言也是一家…: the adverb belongs to neither the name nor the apposition.
            var end = at > 0 && IntroductionAdverbs.Contains(text[at - 1]) ? at - 1 : at;
            var start = WalkLeft(text, end, MaxBoundedName, covered);
            if (start > 0 && !IsClauseStart(text, start, covered) && ClauseStartPast(text, end, covered) is var wider and >= 0)
            {
                // 峦能算力是一家…: a function character written inside a name (能, 和) does not end it at the clause's start.
                start = wider;
            }

            var name = start < 0 ? default : text.AsSpan(start, end - start);
            if (start >= 0 && name.Length >= MinName && IsClauseStart(text, start, covered) && IsPlausible(name, isGeneric) && !IsPersonName(name)
                && TypeShapes.FromContext(text, start, at) == EntityType.Company)
            {
                Add(covered, into, new DiscoveredName(start, end, MentionOrigin.Discovered, EntityType.Company), at);
            }
        }
    }

    /// <summary>Adverbs between an introduced company and 是一家 (<c>X也是一家…</c>).</summary>
    private const string IntroductionAdverbs = "也都则还就亦";

    /// <summary>
    /// Where the clause holding <paramref name="end"/> starts, walking over ideographs whatever function characters they
    /// include, stopping at punctuation, a covered span or a boundary word; leading function characters (<c>而</c>, <c>但</c>)
    /// are left out. -1 when the run is longer than a name or nothing is left.
    /// </summary>
    private static int ClauseStartPast(string text, int end, List<(int Start, int End)> covered)
    {
        var j = end;
        while (j > 0 && IsCjk(text[j - 1]) && !IsCovered(covered, j - 1) && !EndsWithBoundaryWord(text, j))
        {
            j--;
            if (end - j > MaxBoundedName)
            {
                return -1;
            }
        }

        if (j > 0 && (IsCjk(text[j - 1]) || char.IsLetterOrDigit(text[j - 1])))
        {
            return -1;
        }

        while (j < end && ChineseWords.BoundaryChars.Contains(text[j]))
        {
            j++;
        }

        return end - j >= MinName ? j : -1;
    }

    private static void FindBuiltOnSubjects(string text, List<(int Start, int End)> covered, Func<ReadOnlySpan<char>, bool> isGeneric, List<DiscoveredName> into)
    {
        if (text.AsSpan().IndexOfAny(BuiltOnVerbStarts) < 0)
        {
            return;
        }

        foreach (var verb in BuiltOnVerbs)
        {
            var from = 0;
            while ((from = text.IndexOf(verb, from, StringComparison.Ordinal)) >= 0)
            {
                var at = from;
                from += verb.Length;
                if (IsCovered(covered, at) || (verb.Length == 1 && !ClosesAsBase(text, from, BaseClosers(verb[0]))))
                {
                    // 由 and 以 open a base only with its closer: 由X驱动, 以X为底座 (由X开发 names a maker, 以X计 nothing).
                    continue;
                }

                var contrast = false;
                foreach (var link in SubjectLinks)
                {
                    if (at >= link.Length && string.CompareOrdinal(text, at - link.Length, link, 0, link.Length) == 0)
                    {
                        at -= link.Length;
                        contrast = link is "则" or "也";
                        break;
                    }
                }

                var subjectStart = WalkLeft(text, at, MaxBoundedName, covered);
                if (subjectStart >= 0 && WordMatch.EndsWithAny(text.AsSpan(subjectStart, at - subjectStart), contrast ? PartNouns : PartEndings, StringComparison.Ordinal))
                {
                    // 砺川R8基于朴芯P3，液冷系统则基于…: a part of the subject, not a name of its own.
                    continue;
                }

                // “山猫”推理集群运行在…: the quoted name is the subject, the words after it only say what it is.
                if (subjectStart >= 0 && at - subjectStart >= MinName && IsClauseStart(text, subjectStart, covered) && !FollowsQuotedName(text, subjectStart)
                    && IsPlausible(text.AsSpan(subjectStart, at - subjectStart), isGeneric) && !IsPersonName(text.AsSpan(subjectStart, at - subjectStart)))
                {
                    if (verb.Length == 1 && text.AsSpan(subjectStart, at - subjectStart).ContainsAny(NumeralCharacters))
                    {
                        // 发现超过八成以Llama为底座: a count before 以, not a product.
                        continue;
                    }

                    var type = TypeShapes.FromName(text.AsSpan(subjectStart, at - subjectStart)) ?? EntityType.Product;
                    Add(covered, into, new DiscoveredName(subjectStart, at, MentionOrigin.Candidate, type), at);
                }
            }
        }
    }

    /// <summary>Whether one of <paramref name="closers"/> follows <paramref name="from"/> in its clause, past at least a name.</summary>
    private static bool ClosesAsBase(string text, int from, string[] closers)
    {
        var window = text.AsSpan(from, Math.Min(MaxOpenerSpan, text.Length - from));
        for (var k = MinName; k < window.Length; k++)
        {
            if (TextGaps.IsClauseBreak(window[k]) || TextGaps.IsSentenceBreak(window[k]))
            {
                return false;
            }

            if (WordMatch.StartsWithAny(window[k..], closers, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that, before <c>为/向/给</c>, make it part of another word (<c>作为</c>, <c>认为</c>, <c>方向</c>).</summary>
    private const string NotRecipientOpeners = "作成认称以行因视方转面";

    /// <summary>Verbs after <c>为/向/给</c> and a recipient: the name before is a supplier, the name between a customer (<c>芸算云为珀映科技提供了…</c>, <c>X向Y出租…</c>).</summary>
    private static readonly string[] SupplierVerbs = ["提供", "供应", "供货", "交付", "出租", "出售"];

    /// <summary>How far after <c>为/向/给</c> the supply verb may come: a recipient's name and a few words.</summary>
    private const int MaxRecipientSpan = 12;

    /// <summary>
    /// The supplier before <c>为/向/给</c> when a supply verb follows in the clause (<c>芸算云为珀映科技提供了约八百张L20</c>):
    /// a short run bounded by a clause start and the preposition, a company candidate.
    /// </summary>
    private static void FindSuppliers(string text, List<(int Start, int End)> covered, Func<ReadOnlySpan<char>, bool> isGeneric, List<DiscoveredName> into)
    {
        for (var i = MinName; i + 2 < text.Length; i++)
        {
            // Straight to the next 为/向/给.
            var next = text.AsSpan(i, text.Length - 2 - i).IndexOfAny('为', '向', '给');
            if (next < 0)
            {
                return;
            }

            i += next;
            if (NotRecipientOpeners.Contains(text[i - 1]) || !IsCjk(text[i - 1]) || IsCovered(covered, i - 1) || IsCovered(covered, i)
                || !HasSupplyVerbAfter(text, i + 1))
            {
                continue;
            }

            var start = WalkLeft(text, i, MaxBoundedName, covered);
            var name = start < 0 ? default : text.AsSpan(start, i - start);
            if (start >= 0 && name.Length >= MinName && IsClauseStart(text, start, covered) && !FollowsQuotedName(text, start)
                && IsPlausible(name, isGeneric) && !IsPersonName(name))
            {
                Add(covered, into, new DiscoveredName(start, i, MentionOrigin.Candidate, EntityType.Company), i);
            }
        }
    }

    private static bool HasSupplyVerbAfter(string text, int from)
    {
        var window = text.AsSpan(from, Math.Min(MaxRecipientSpan, text.Length - from));
        for (var k = 0; k < window.Length; k++)
        {
            if (TextGaps.IsClauseBreak(window[k]))
            {
                return false;
            }

            if (WordMatch.StartsWithAny(window[k..], SupplierVerbs, StringComparison.Ordinal))
            {
                return k >= MinName;
            }
        }

        return false;
    }

    /// <summary>
    /// The recipient of a supply between <c>为/向/给</c> and its verb (<c>英伟达为拓穹智行提供算力</c>,
    /// <c>X向Y交付了…</c>): a short run bounded by both, a company candidate.
    /// </summary>
    private static void FindRecipients(string text, List<(int Start, int End)> covered, Func<ReadOnlySpan<char>, bool> isGeneric, List<DiscoveredName> into)
    {
        for (var i = 1; i + MinName + 2 < text.Length; i++)
        {
            var next = text.AsSpan(i, text.Length - MinName - 2 - i).IndexOfAny('为', '向', '给');
            if (next < 0)
            {
                return;
            }

            i += next;
            // 华为为国家电网提供…: the 为 inside a covered name opens nothing.
            if (NotRecipientOpeners.Contains(text[i - 1]) || IsCovered(covered, i) || IsCovered(covered, i + 1) || !IsCjk(text[i + 1]))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && end - i - 1 <= MaxBoundedName && IsCjk(text[end]) && !IsCovered(covered, end) && !WordMatch.StartsWithAny(text.AsSpan(end), SupplierVerbs, StringComparison.Ordinal))
            {
                end++;
            }

            var length = end - i - 1;
            if (length >= MinName && length <= MaxBoundedName && end < text.Length && WordMatch.StartsWithAny(text.AsSpan(end), SupplierVerbs, StringComparison.Ordinal)
                && IsPlausible(text.AsSpan(i + 1, length), isGeneric) && !IsPersonName(text.AsSpan(i + 1, length)))
            {
                Add(covered, into, new DiscoveredName(i + 1, end, MentionOrigin.Candidate, EntityType.Company), end);
            }
        }
    }
}
