package community.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadTest {

    @Test
    void aPlainNameIsSentAsItIs() {
        assertThat(Download.attachment("cafe-hours-2026-03.csv"))
                .isEqualTo("attachment; filename=\"cafe-hours-2026-03.csv\"");
    }

    @Test
    void anAccentedNameKeepsItsAccentsInFilenameStarAndDropsThemInFilename() {
        assertThat(Download.attachment("statement-caf\u00e9-ni\u00f1os-\u0142\u00f3d\u017a-2027-03.csv"))
                .isEqualTo("attachment; filename=\"statement-cafe-ninos-lodz-2027-03.csv\"; "
                        + "filename*=UTF-8''statement-caf%C3%A9-ni%C3%B1os-%C5%82%C3%B3d%C5%BA-2027-03.csv");
    }
}
