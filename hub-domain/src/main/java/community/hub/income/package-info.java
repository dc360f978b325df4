/** Money the hub receives beyond room hire, by month and source, recorded by staff: the other half of its income mix. */
package community.hub.income;
