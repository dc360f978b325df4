/** Health checks for load balancers and operators: is the hub ready to take requests. */
package community.hub.web.health;
