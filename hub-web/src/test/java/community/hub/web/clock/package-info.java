/**
 * Test-only: the hub's one clock made pinnable, added to the test server's deployment and never to the hub's WAR, so a
 * test that needs the server to believe it is a certain day and hour can say so (see {@code ServerClock}).
 */
package community.hub.web.clock;
