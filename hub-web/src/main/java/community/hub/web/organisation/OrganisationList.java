package community.hub.web.organisation;

import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Every organisation, for the hub manager's list. */
@Named
@RequestScoped
public class OrganisationList {

    @Inject
    private OrganisationService organisations;

    private List<Organisation> all;

    @PostConstruct
    void load() {
        all = organisations.all();
    }

    public List<Organisation> getOrganisations() {
        return all;
    }
}
