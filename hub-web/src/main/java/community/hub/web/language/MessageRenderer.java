package community.hub.web.language;

import community.hub.Words;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.ValueHolder;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders {@code h:outputFormat} with the hub's own message formatting ({@link Words}), so a page's counted phrase
 * takes the plural forms of the page's language (Polish has three) just as the hub's messages do. Escaped unless
 * {@code escape="false"}; a span only when the component has an id of its own or a style.
 */
public class MessageRenderer extends Renderer {

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent component) {
        // the parameters are read in encodeEnd; nothing of theirs is rendered
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (!component.isRendered()) {
            return;
        }
        Object value = ((ValueHolder) component).getValue();
        List<Object> parameters = new ArrayList<>();
        for (UIComponent child : component.getChildren()) {
            if (child instanceof UIParameter parameter && parameter.isRendered() && !parameter.isDisable()) {
                parameters.add(parameter.getValue());
            }
        }
        String text = Words.fill(
                value == null ? "" : value.toString(), context.getViewRoot().getLocale(), parameters.toArray());
        ResponseWriter writer = context.getResponseWriter();
        String styleClass = (String) component.getAttributes().get("styleClass");
        String style = (String) component.getAttributes().get("style");
        boolean ownId = component.getId() != null && !component.getId().startsWith(UIViewRoot.UNIQUE_ID_PREFIX);
        Map<String, Object> passedThrough = component.getPassThroughAttributes(false);
        boolean span =
                ownId || styleClass != null || style != null || passedThrough != null && !passedThrough.isEmpty();
        if (span) {
            writer.startElement("span", component);
            if (ownId) {
                writer.writeAttribute("id", component.getClientId(context), "id");
            }
            if (styleClass != null) {
                writer.writeAttribute("class", styleClass, "styleClass");
            }
            if (style != null) {
                writer.writeAttribute("style", style, "style");
            }
        }
        if (Boolean.FALSE.equals(component.getAttributes().get("escape"))) {
            writer.write(text);
        } else {
            writer.writeText(text, component, "value");
        }
        if (span) {
            writer.endElement("span");
        }
    }
}
