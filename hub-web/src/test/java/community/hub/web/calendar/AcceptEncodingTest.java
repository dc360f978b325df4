package community.hub.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which clients get a feed gzipped: the ones whose Accept-Encoding takes gzip, and no others. */
class AcceptEncodingTest {

    @Test
    void gzipNamedOrAnyCodingTakesTheGzippedFeed() {
        assertThat(FeedAnswer.acceptsGzip("gzip")).isTrue();
        assertThat(FeedAnswer.acceptsGzip("deflate, gzip;q=0.5, br")).isTrue();
        assertThat(FeedAnswer.acceptsGzip("X-GZIP")).isTrue();
        assertThat(FeedAnswer.acceptsGzip("*")).isTrue();
    }

    @Test
    void noHeaderOtherCodingsOrGzipRefusedGetThePlainFeed() {
        assertThat(FeedAnswer.acceptsGzip(null)).isFalse();
        assertThat(FeedAnswer.acceptsGzip("")).isFalse();
        assertThat(FeedAnswer.acceptsGzip("identity, br")).isFalse();
        assertThat(FeedAnswer.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(FeedAnswer.acceptsGzip("gzip; q=0.0, *"))
                .as("gzip refused by name, whatever * says")
                .isFalse();
        assertThat(FeedAnswer.acceptsGzip("*;q=0")).isFalse();
        assertThat(FeedAnswer.acceptsGzip("gzipped")).isFalse();
    }
}
