/**
 * The café rota as the hub keeps it: the team, the weekly pattern, each week's shifts and places, publishing and swaps,
 * mapped with JPA, with one application service per job ({@link community.hub.rota.store.TeamService},
 * {@link community.hub.rota.store.LeavingService}, {@link community.hub.rota.store.CafeSettingsService},
 * {@link community.hub.rota.store.RotaWeekService}, {@link community.hub.rota.store.CafeEventService},
 * {@link community.hub.rota.store.SwapService}, {@link community.hub.rota.store.HoursService}). They load rows through
 * repositories named for what they find ({@link community.hub.rota.store.TeamMembers},
 * {@link community.hub.rota.store.RotaWeeks}, ...), ask the pure rota rules of {@code community.hub.rota}, and store
 * what those decide. {@link community.hub.rota.store.CafeEvents} follows bookings, so that an event booked in the café
 * room gets a shift, without the bookings knowing of the rota.
 */
package community.hub.rota.store;
