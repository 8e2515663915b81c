using System.ComponentModel.DataAnnotations;

namespace GraphExplorer.Ingestion;

/// <summary>Validates that a string names an existing folder; null is left to <see cref="RequiredAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ExistingDirectoryAttribute : ValidationAttribute
{
    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not string path || Directory.Exists(path)
            ? ValidationResult.Success
            : new ValidationResult(
                $"{validationContext.DisplayName} '{path}' is not an existing folder.",
                validationContext.MemberName is { } member ? [member] : null);
}
