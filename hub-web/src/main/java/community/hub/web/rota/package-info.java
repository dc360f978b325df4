/**
 * The café rota's pages: the staff week grid with auto-fill, moves and publishing; a volunteer's own shifts,
 * availability, time away and swaps; the easy-read printable rota; café hours by month.
 */
package community.hub.web.rota;
