package community.hub.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A feed is sent in slices no larger than one slice, and the bytes that arrive are the feed's, in order. */
class WriteInSlicesTest {

    private static final int SLICE = FeedAnswer.WRITE_SLICE;

    /** Keeps what was written and how long each write was. */
    private static final class Recording extends ByteArrayOutputStream {
        final List<Integer> writes = new ArrayList<>();

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            writes.add(length);
            super.write(bytes, offset, length);
        }
    }

    private static Recording sent(int size) throws IOException {
        byte[] body = new byte[size];
        new Random(size).nextBytes(body);
        Recording out = new Recording();
        FeedAnswer.writeInSlices(body, out);
        assertThat(out.toByteArray()).as("the bytes of a body of %d", size).isEqualTo(body);
        return out;
    }

    @Test
    void everyByteArrivesInOrderWhateverTheSize() throws IOException {
        for (int size : new int[] {0, 1, SLICE - 1, SLICE, SLICE + 1, 3 * SLICE + 7, 1_137_048}) {
            sent(size);
        }
    }

    @Test
    void noWriteIsLargerThanASliceAndNoneIsEmpty() throws IOException {
        assertThat(sent(0).writes).isEmpty();
        assertThat(sent(SLICE).writes).containsExactly(SLICE);
        assertThat(sent(SLICE + 1).writes).containsExactly(SLICE, 1);
        assertThat(sent(1_137_048).writes)
                .hasSize(18)
                .allSatisfy(length -> assertThat(length).isBetween(1, SLICE));
    }
}
