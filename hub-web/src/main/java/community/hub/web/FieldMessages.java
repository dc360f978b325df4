package community.hub.web;

import community.hub.Refusal;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.omnifaces.util.Components;

/**
 * Puts the hub's messages where people look for them: a refusal about a field beside that field
 * (the input whose id is the field's name in the form being submitted), anything else at the top.
 */
public final class FieldMessages {

    private FieldMessages() {}

    /**
     * Does what the person asked, and shows why not if the hub refuses it: each refusal or invalid field beside its
     * field, nothing changed. The one place a page turns a refusal into messages.
     *
     * @return what the action answered; empty when it was refused
     */
    public static <T> Optional<T> attempt(Supplier<T> action) {
        return attempt(action, refusal -> false);
    }

    /**
     * As {@link #attempt(Supplier)}, for a page that shows some refusals its own way (clashes listed in a table).
     *
     * @param shownOwnWay shows a refusal the page's way and answers true, or answers false to show it beside its field
     */
    public static <T> Optional<T> attempt(Supplier<T> action, Predicate<Refusal> shownOwnWay) {
        try {
            return Optional.ofNullable(action.get());
        } catch (Refusal refusal) {
            if (!shownOwnWay.test(refusal)) {
                show(refusal);
            }
        } catch (ConstraintViolationException invalid) {
            show(invalid);
        }
        return Optional.empty();
    }

    /**
     * As {@link #attempt(Supplier)}, for an action that answers nothing.
     *
     * @return whether it was done; false when it was refused (and why is shown)
     */
    public static boolean attempted(Runnable action) {
        return attempt(() -> {
                    action.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /** Shows a refusal beside its field, or at the top of the page when it names none in this form. */
    public static void show(Refusal refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String message = refusal.message(faces.getViewRoot().getLocale());
        String field = refusal.field() == null
                ? null
                : refusal.field().substring(refusal.field().lastIndexOf('.') + 1);
        faces.addMessage(clientIdOf(field), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        faces.validationFailed();
    }

    /** Shows each invalid field's message beside it; the form's inputs are named after the fields. */
    public static void show(ConstraintViolationException invalid) {
        show(invalid.getConstraintViolations());
    }

    /** Shows each of these invalid fields' messages beside its field. */
    public static void show(Collection<? extends ConstraintViolation<?>> violations) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (ConstraintViolation<?> violation : violations) {
            String field = FieldNames.of(violation);
            faces.addMessage(
                    clientIdOf(field.replaceAll("\\[.*", "")),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getMessage(), violation.getMessage()));
        }
        faces.validationFailed();
    }

    /** A message from the text bundle beside the named field of the form being submitted (at the top if it has none). */
    public static void beside(String field, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String message = Text.get(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(clientIdOf(field), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        faces.validationFailed();
    }

    /** A message for the whole page, from the text bundle. */
    public static void global(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Good news for the whole page, on the page that is shown next. */
    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** Good news for the whole page, kept across the redirect that usually follows. */
    public static void done(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String message = Text.get(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(null, new FacesMessage(severity, message, message));
    }

    private static String clientIdOf(String field) {
        if (field == null) {
            return null;
        }
        UIComponent form = Components.getCurrentForm();
        UIComponent input = form == null ? null : Components.findComponentRelatively(form, field);
        return input == null ? null : input.getClientId();
    }
}
