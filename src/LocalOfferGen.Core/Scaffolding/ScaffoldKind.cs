namespace LocalOfferGen.Scaffolding;

/// <summary>What <c>localoffer new</c> can start: one content file, or a whole minimal Local Offer.</summary>
public enum ScaffoldKind
{
    Page,
    Service,
    News,
    Leaflet,
    Site,
}
