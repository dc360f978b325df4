/**
 * The café rota: shifts made from a weekly pattern, the people who work them, and the rules that
 * decide who may go where, used alike by auto-fill and by staff moves and volunteer swaps.
 */
package community.hub.rota;
