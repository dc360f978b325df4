package community.hub.booking;

import java.time.Duration;

/** How long before a date starts an organisation may still call it off without being charged (a setting). */
public record CancellationCutOff(Duration before) {}
