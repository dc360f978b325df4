package community.hub.web.account;

import community.hub.account.AccountService;
import community.hub.web.FieldMessages;
import community.hub.web.language.LanguageChoice;
import community.hub.web.language.Languages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.Locale;
import java.util.Optional;

/** My account: the language the hub speaks to me in, on every page and in every email, wherever I sign in. */
@Named
@RequestScoped
public class MyLanguage {

    @Inject
    private AccountService accounts;

    @Inject
    private Languages languages;

    @Inject
    private LanguageChoice language;

    @Inject
    private SecurityContext security;

    private String chosen;

    @PostConstruct
    void showCurrent() {
        chosen = language.getTag();
    }

    public String save() {
        Optional<Locale> spoken = languages.supported(chosen);
        if (spoken.isEmpty()) {
            FieldMessages.beside("language", "myAccount.language.unknown");
            return null;
        }
        accounts.speak(security.getCallerPrincipal().getName(), spoken.get());
        // the good news is said in the language just chosen, as the next page is
        FacesContext.getCurrentInstance().getViewRoot().setLocale(spoken.get());
        FieldMessages.done("myAccount.language.saved");
        return "/account/index?faces-redirect=true";
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }
}
