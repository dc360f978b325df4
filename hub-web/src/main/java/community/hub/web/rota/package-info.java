/**
 * The café rota's pages: the staff week grid with auto-fill, moves and publishing; a volunteer's own shifts,
 * availability, time away and swaps; the easy-read printable rota; café hours by month; the café team and each member,
 * the café's usual week, and the rota settings. Beans ask the rota services and hold view models made for the page
 * ({@code GridRow}, {@code WeekPublication}, {@code MyShiftLine}, {@code EasyReadWeek}...), never JPA entities.
 */
package community.hub.web.rota;
