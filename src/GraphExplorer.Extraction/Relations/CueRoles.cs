using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Relations;

/// <summary>
/// What kind of entity may fill each side of a relation: a developer, investor or supplier is a company, what is
/// developed or built on is a model or product. A name the catalogue does not know may fill a role its frame gives it
/// (the startup <c>Zephyrix Labs</c> in <c>Zephyrix Labs推出了Nimbus-7</c>); people never do.
/// </summary>
internal static class CueRoles
{
    /// <summary>Either side of a rivalry: any player.</summary>
    public static Func<Mention, bool> Player { get; } = static _ => true;

    /// <summary>The source and target filters of a frame.</summary>
    public static (Func<Mention, bool> Source, Func<Mention, bool> Target) For(CueFrame frame) => frame.Type switch
    {
        RelationshipType.Develops => (CanBeCompany, CanBeArtifact),
        RelationshipType.BuiltOn => (frame.AnySource ? Player : CanBeArtifact, frame.AnyBase ? CanBeArtifact : CanBeBase),
        RelationshipType.InvestsIn => (CanBeCompany, CanBeCompany),
        RelationshipType.SuppliesComputeTo => (CanSupply, CanConsumeCompute),
        _ => (Player, Player),
    };

    /// <summary>Whether a mention can stand for a company: one typed so, or a new name of no known type.</summary>
    public static bool CanBeCompany(Mention mention) =>
        mention.IsCompany || (mention.Type is null && !IsRoundName(mention.Surface) && !HasModelShape(mention.Surface));

    /// <summary>Whether a name is a funding round (<c>Series B</c>, <c>Pre-A</c>, <c>A轮</c>), never a party to a relation.</summary>
    public static bool IsRoundName(string name) =>
        name.StartsWith("Series ", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Pre-", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("轮", StringComparison.Ordinal) || name.Equals("seed", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a new name is shaped like a model or product version rather than a company: a hyphen or dot before a
    /// digit, or a parameter count (<c>LS-1</c>, <c>Qwen2.5</c>, <c>Helios-34B</c>); <c>G42</c> is not.
    /// </summary>
    public static bool HasModelShape(string name)
    {
        for (var i = 1; i < name.Length; i++)
        {
            if (char.IsAsciiDigit(name[i]) && (name[i - 1] is '-' or '.' || (i + 1 < name.Length && name[i + 1] is 'B' or 'b' && (i + 2 == name.Length || !char.IsLetter(name[i + 2])))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a mention can name a compute supplier: a company, or a chip or cloud product standing for its maker.</summary>
    public static bool CanSupply(Mention mention) => CanBeCompany(mention) || mention.IsKnown;

    /// <summary>
    /// Whether a mention can be what something is built on: a known model or product, or a new name shaped like a
    /// model (<c>Nimbus-7</c>, <c>Qwen2.5</c>); a new name without a version is as often a dataset or an architecture.
    /// </summary>
    public static bool CanBeBase(Mention mention) => mention.IsArtifact && (mention.IsKnown || HasVersionShape(mention.Surface));

    /// <summary>Whether a mention can use someone's compute: a company (or new name) or a model being trained; not a chip or a tool.</summary>
    public static bool CanConsumeCompute(Mention mention) => CanBeCompany(mention) || mention.Type == Core.Entities.EntityType.Model;

    /// <summary>Whether a name carries a version or size: letters and digits together (<c>GLM-4</c>, <c>Llama-3.1-70B</c>).</summary>
    public static bool HasVersionShape(string name)
    {
        var letter = false;
        var digit = false;
        foreach (var c in name)
        {
            letter |= char.IsLetter(c);
            digit |= char.IsAsciiDigit(c);
        }

        return letter && digit;
    }

    /// <summary>Whether a mention can stand for a model or product: a known one, or a new name.</summary>
    public static bool CanBeArtifact(Mention mention) => mention.IsArtifact;

    /// <summary>Whether two players are of one kind (two companies, two products); a new name is either.</summary>
    public static bool SameKind(Mention first, Mention second) =>
        !first.IsKnown || !second.IsKnown || first.Type is null || second.Type is null || first.IsCompany == second.IsCompany;
}
