/** Calendar feeds over HTTP: public, per room and private, cached until something in them changes, with ETag and gzip. */
package community.hub.web.calendar;
