/**
 * The café rota as the hub keeps it: the team, the weekly pattern, each week's shifts and places, publishing
 * and swaps, mapped with JPA. {@link community.hub.rota.store.CafeRotaService} loads them into the pure rota
 * rules of {@code community.hub.rota}, asks those rules, and stores what they decide. {@link community.hub.rota.store.CafeEvents}
 * follows bookings, so that an event booked in the café room gets a shift, without the bookings knowing of the rota.
 */
package community.hub.rota.store;
