/**
 * Exports in formats other programs read: CSV files people download and open in a spreadsheet. Only this
 * package knows Commons CSV.
 */
package community.hub.export;
