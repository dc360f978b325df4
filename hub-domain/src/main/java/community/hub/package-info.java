/**
 * The community hub's rules in its own words. Sub-packages hold one capability each;
 * this package holds what they share: how a refused request is described.
 */
package community.hub;
