package community.hub.web.language;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Collections;
import java.util.Locale;

/**
 * Field errors (ValidationMessages) in the language of the page or API call that made them, wherever the fields were
 * checked: on the page, in a service's method validation, or by the API. Named in META-INF/validation.xml.
 */
public class HubMessageInterpolator implements MessageInterpolator {

    private volatile MessageInterpolator standard;

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, current());
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
        return standard().interpolate(messageTemplate, context, locale);
    }

    private MessageInterpolator standard() {
        if (standard == null) {
            standard = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
        }
        return standard;
    }

    /** The page's language; for the API, the caller's; outside any request, the base language. */
    private static Locale current() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            return faces.getViewRoot().getLocale();
        }
        try {
            HttpServletRequest request =
                    CDI.current().select(HttpServletRequest.class).get();
            return new Languages()
                    .firstSpoken(Collections.list(request.getLocales()))
                    .orElse(Languages.base());
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return Languages.base();
        }
    }
}
