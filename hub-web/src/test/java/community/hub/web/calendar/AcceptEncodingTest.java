package community.hub.web.calendar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which clients get a feed gzipped: the ones whose Accept-Encoding takes gzip, and no others. */
class AcceptEncodingTest {

    @Test
    void gzipNamedOrAnyCodingTakesTheGzippedFeed() {
        assertThat(CalendarServlet.acceptsGzip("gzip")).isTrue();
        assertThat(CalendarServlet.acceptsGzip("deflate, gzip;q=0.5, br")).isTrue();
        assertThat(CalendarServlet.acceptsGzip("X-GZIP")).isTrue();
        assertThat(CalendarServlet.acceptsGzip("*")).isTrue();
    }

    @Test
    void noHeaderOtherCodingsOrGzipRefusedGetThePlainFeed() {
        assertThat(CalendarServlet.acceptsGzip(null)).isFalse();
        assertThat(CalendarServlet.acceptsGzip("")).isFalse();
        assertThat(CalendarServlet.acceptsGzip("identity, br")).isFalse();
        assertThat(CalendarServlet.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(CalendarServlet.acceptsGzip("gzip; q=0.0, *")).as("gzip refused by name, whatever * says").isFalse();
        assertThat(CalendarServlet.acceptsGzip("*;q=0")).isFalse();
        assertThat(CalendarServlet.acceptsGzip("gzipped")).isFalse();
    }
}
