namespace GraphExplorer.Api.Cypher.Screening;

/// <summary>
/// Decides whether an ad-hoc statement is read-only, from its tokens (<see cref="CypherLexer"/>), not from patterns
/// over its text: it must begin with a read clause (<see cref="CypherKeywords.ReadClauseStarts"/>); it may contain no
/// writing, loading, database-switching or administration keyword anywhere (<see cref="CypherKeywords.Refused"/>),
/// subqueries included; every <c>CALL</c> is a subquery or a procedure on <see cref="CypherReadProcedures.Procedures"/>,
/// its name read the way Neo4j reads it (<c>`dbms`.listConfig</c> is <c>dbms.listConfig</c>); every namespaced
/// function is on <see cref="CypherReadProcedures.Functions"/>; a <c>;</c> may only end the statement.
/// </summary>
/// <remarks>
/// This is the first of three guards: the runner also asks Neo4j to plan the statement (<c>EXPLAIN</c>) and refuses
/// any writing operator in the plan, and runs it in a read transaction, which Neo4j itself keeps from writing.
/// </remarks>
internal static class CypherReadOnlyScreen
{
    /// <summary>Screens one statement.</summary>
    /// <param name="statement">The statement as sent.</param>
    /// <returns>Accepted, with the procedures it calls, or refused with the reason.</returns>
    public static CypherScreenResult Screen(string statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        IReadOnlyList<CypherToken> tokens;
        try
        {
            tokens = CypherLexer.Tokenize(statement);
        }
        catch (CypherSyntaxException ex)
        {
            return CypherScreenResult.Refuse($"The statement cannot be read: {ex.Message}");
        }

        if (tokens.Count == 0)
        {
            return CypherScreenResult.Refuse("The statement is empty (only white space or comments).");
        }

        if (!(tokens[0].Kind == CypherTokenKind.Word && CypherKeywords.ReadClauseStarts.Contains(tokens[0].Text)))
        {
            return CypherScreenResult.Refuse(
                $"The statement begins with '{Shorten(tokens[0].Text)}'; it must begin with a read clause ({string.Join(", ", CypherKeywords.ReadClauseStarts.Order(StringComparer.Ordinal))}).");
        }

        var procedures = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var refusal = Check(tokens, i, procedures);
            if (refusal is not null)
            {
                return CypherScreenResult.Refuse(refusal);
            }
        }

        return new CypherScreenResult(null, procedures);
    }

    private static string? Check(IReadOnlyList<CypherToken> tokens, int i, List<string> procedures)
    {
        var token = tokens[i];
        if (token.Is(";"))
        {
            return i == tokens.Count - 1 ? null : $"Only one statement is accepted: a ';' at offset {token.Offset} is followed by more.";
        }

        var afterNameOperator = i > 0 && (tokens[i - 1].Is(".") || tokens[i - 1].Is("$"));
        if (token.Kind != CypherTokenKind.Word || afterNameOperator)
        {
            return token.IsName && !afterNameOperator ? CheckFunction(tokens, i) : null;
        }

        if (CypherKeywords.Refused.TryGetValue(token.Text, out var why))
        {
            return $"'{token.Text.ToUpperInvariant()}' at offset {token.Offset} {why}.";
        }

        return token.IsKeyword("CALL") ? CheckCall(tokens, i, procedures) : CheckFunction(tokens, i);
    }

    /// <summary>After <c>CALL</c>: a subquery (<c>{</c>, or <c>(</c> for a scoped one), or a procedure on the allow-list.</summary>
    private static string? CheckCall(IReadOnlyList<CypherToken> tokens, int call, List<string> procedures)
    {
        if (call + 1 < tokens.Count && (tokens[call + 1].Is("{") || tokens[call + 1].Is("(")))
        {
            return null;
        }

        var name = ReadDottedName(tokens, call + 1, out _);
        if (name is null)
        {
            return $"CALL at offset {tokens[call].Offset} must be followed by a subquery {{ … }} or a procedure name.";
        }

        if (!CypherReadProcedures.Procedures.Contains(name))
        {
            return $"CALL {Shorten(name)} at offset {tokens[call].Offset}: only these read-only procedures may be called: {string.Join(", ", CypherReadProcedures.Procedures.Order(StringComparer.Ordinal))}.";
        }

        procedures.Add(name);
        return null;
    }

    /// <summary>A dotted name followed by <c>(</c> is a namespaced function call: it must be on the allow-list.</summary>
    private static string? CheckFunction(IReadOnlyList<CypherToken> tokens, int start)
    {
        if (start > 0 && tokens[start - 1].IsKeyword("CALL"))
        {
            return null; // The procedure name, checked by CheckCall.
        }

        var name = ReadDottedName(tokens, start, out var next);
        if (name is null || !name.Contains('.', StringComparison.Ordinal) || next >= tokens.Count || !tokens[next].Is("("))
        {
            return null;
        }

        return CypherReadProcedures.Functions.Contains(name)
            ? null
            : $"The function {Shorten(name)} at offset {tokens[start].Offset} is not one of Cypher's own; only these namespaced functions may be called: {string.Join(", ", CypherReadProcedures.Functions.Order(StringComparer.Ordinal))}.";
    }

    /// <summary>Reads <c>name(.name)*</c> where each part is a word or a quoted name; null when none starts at <paramref name="start"/>.</summary>
    private static string? ReadDottedName(IReadOnlyList<CypherToken> tokens, int start, out int next)
    {
        next = start;
        if (start >= tokens.Count || !tokens[start].IsName)
        {
            return null;
        }

        var parts = new List<string> { tokens[start].Text };
        next = start + 1;
        while (next + 1 < tokens.Count && tokens[next].Is(".") && tokens[next + 1].IsName)
        {
            parts.Add(tokens[next + 1].Text);
            next += 2;
        }

        return string.Join('.', parts);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "…");
}
