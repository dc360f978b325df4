/** Work a request asks for and does not wait for, done off the request by one scheduled task. */
package community.hub.errands;
