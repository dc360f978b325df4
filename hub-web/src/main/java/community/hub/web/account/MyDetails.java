package community.hub.web.account;

import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.account.AccountService;
import community.hub.web.FieldMessages;
import community.hub.web.language.LanguageChoice;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** My account: the language the hub speaks to me in and the email address it writes to. */
@Named
@RequestScoped
public class MyDetails {

    @Inject
    private AccountService accounts;

    @Inject
    private LanguageChoice shown;

    @Inject
    private SecurityContext security;

    private String language;
    private String email;

    /** The choices as they are now; a form sent back replaces them with what was typed. */
    @PostConstruct
    void load() {
        accounts.byUsername(security.getCallerPrincipal().getName()).ifPresent(account -> {
            // someone who has not chosen sees the language they are reading now, ready to be kept
            language = account.language().orElse(shown.getLocale()).getLanguage();
            email = account.getEmail();
        });
    }

    public String save() {
        Account account;
        try {
            // an empty box is no address (the form sends it as null, which would keep the old one)
            account = accounts.changeOwn(security.getCallerPrincipal().getName(), language, email == null ? "" : email);
        } catch (Refusal refusal) {
            FieldMessages.show(refusal);
            return null;
        }
        if (account.getEmail() == null) {
            FieldMessages.done("myAccount.detailsSavedNoEmail");
        } else {
            FieldMessages.done("myAccount.detailsSaved", account.getEmail());
        }
        return "/account/index?faces-redirect=true";
    }

    public List<String> getLanguages() {
        return Account.LANGUAGES;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
