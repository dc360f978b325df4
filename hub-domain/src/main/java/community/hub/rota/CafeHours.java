package community.hub.rota;

import java.time.LocalDate;
import java.time.LocalTime;

/** A day the café is open, from when to when: everyone is welcome, no booking needed. */
public record CafeHours(LocalDate date, LocalTime opens, LocalTime closes) {}
