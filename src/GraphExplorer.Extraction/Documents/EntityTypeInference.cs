using GraphExplorer.Core.Entities;
using GraphExplorer.Core.Relationships;

namespace GraphExplorer.Extraction.Documents;

/// <summary>
/// Decides the type of an entity the catalogue does not know, from the evidence one document gives: what its own
/// shape and the words around it say (a company suffix, a version, <c>the startup X</c>), counted as strong votes, and
/// the roles it plays in the document's relations (an investor, an investee, a compute supplier or consumer and a
/// developer are companies; what is developed or built on is a model or product).
/// </summary>
internal sealed class EntityTypeInference
{
    /// <summary>How much more a name's own shape or context counts than one role it plays.</summary>
    public const int ShapeWeight = 2;

    private int _company;
    private int _model;
    private int _product;
    private int _artifact;

    /// <summary>Counts what a mention's shape or context says.</summary>
    /// <param name="type">The mention's inferred type, if any.</param>
    public void AddShape(EntityType? type)
    {
        switch (type)
        {
            case EntityType.Company:
                _company += ShapeWeight;
                break;
            case EntityType.Model:
                _model += ShapeWeight;
                break;
            case EntityType.Product:
                _product += ShapeWeight;
                break;
            default:
                break;
        }
    }

    /// <summary>Counts the role the entity plays in a relation.</summary>
    /// <param name="type">The relation's type.</param>
    /// <param name="isSource">Whether the entity is the relation's source.</param>
    public void AddRole(RelationshipType type, bool isSource)
    {
        switch (type)
        {
            case RelationshipType.InvestsIn or RelationshipType.SuppliesComputeTo:
                _company++;
                break;
            case RelationshipType.Develops when isSource:
                _company++;
                break;
            case RelationshipType.Develops or RelationshipType.BuiltOn:
                _artifact++;
                break;
            default:
                break;
        }
    }

    /// <summary>The type the evidence points to: a company when that outweighs the rest, else a model or a product (the default).</summary>
    /// <returns>The type.</returns>
    public EntityType Decide()
    {
        if (_company > _model + _product + _artifact)
        {
            return EntityType.Company;
        }

        return _model > _product ? EntityType.Model : EntityType.Product;
    }
}
