package community.hub.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Pattern;

/**
 * The errors Payara logs while it boots and deploys, kept to say in one line why the hub did not deploy. Payara reads
 * its logging configuration again while it boots, which removes every handler: this one puts itself back each time.
 */
final class DeploymentFailures extends Handler {

    private static final int KEPT = 20;
    private static final int LONGEST = 300;
    private static final Pattern MESSAGE_NUMBER = Pattern.compile("[A-Z]+(-[A-Z]+)*-\\d+");

    private final List<LogRecord> errors = new ArrayList<>();
    private final Runnable putBack = this::putBack;

    private DeploymentFailures() {}

    static DeploymentFailures watch() {
        DeploymentFailures failures = new DeploymentFailures();
        failures.putBack();
        LogManager.getLogManager().addConfigurationListener(failures.putBack);
        return failures;
    }

    void stopWatching() {
        LogManager.getLogManager().removeConfigurationListener(putBack);
        Logger.getLogger("").removeHandler(this);
    }

    private void putBack() {
        Logger root = Logger.getLogger("");
        root.removeHandler(this);
        root.addHandler(this);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.SEVERE.intValue() && errors.size() < KEPT) {
            errors.add(record);
        }
    }

    /**
     * Why, from the first error that says something: its exception's innermost message, else its own. Payara logs some
     * errors by a message number alone ({@code AS-DEPLOYMENT-00026}), which says nothing to an operator.
     */
    synchronized Optional<String> reason() {
        SimpleFormatter formatter = new SimpleFormatter();
        return errors.stream()
                .map(error -> error.getThrown() != null
                        ? innermost(error.getThrown())
                        : Optional.ofNullable(formatter.formatMessage(error)))
                .flatMap(Optional::stream)
                .filter(message -> !MESSAGE_NUMBER.matcher(message.strip()).matches())
                .findFirst()
                .map(DeploymentFailures::oneLine);
    }

    /** The innermost message of a failure says what went wrong; its first line is enough. */
    static String reason(Throwable failure) {
        return oneLine(innermost(failure).orElse(failure.getClass().getSimpleName()));
    }

    private static Optional<String> innermost(Throwable failure) {
        String message = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null
                    && !cause.getMessage().isBlank()
                    && !MESSAGE_NUMBER.matcher(cause.getMessage().strip()).matches()) {
                message = cause.getMessage();
            }
        }
        return Optional.ofNullable(message);
    }

    /** Its first line, at most a few hundred characters, ending with a full stop. */
    static String oneLine(String message) {
        String first = message.strip().lines().findFirst().orElse("").strip();
        if (first.length() > LONGEST) {
            first = first.substring(0, LONGEST) + "…";
        }
        return first + (first.endsWith(".") || first.endsWith("…") ? "" : ".");
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
