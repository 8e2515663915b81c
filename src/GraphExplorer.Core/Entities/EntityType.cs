namespace GraphExplorer.Core.Entities;

/// <summary>What kind of player an entity is.</summary>
public enum EntityType
{
    /// <summary>A company, lab or other organisation.</summary>
    Company,

    /// <summary>A model (a foundation model, a fine-tune, a model family).</summary>
    Model,

    /// <summary>A product: an app, a service, a platform, a chip, a framework.</summary>
    Product,
}
