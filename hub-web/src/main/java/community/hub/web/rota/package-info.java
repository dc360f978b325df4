/**
 * The café rota's pages: the staff week grid with auto-fill, moves and publishing; a volunteer's own shifts,
 * availability, time away and swaps; the easy-read printable rota; café hours by month; the café team and each member,
 * the café's usual week, and the rota settings.
 */
package community.hub.web.rota;
