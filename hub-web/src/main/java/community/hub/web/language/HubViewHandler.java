package community.hub.web.language;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** Every page is shown in the language chosen for the request ({@link LanguageChoice}). */
public class HubViewHandler extends ViewHandlerWrapper {

    public HubViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LanguageChoice.class).get().getLocale();
    }
}
