package community.hub.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** How a file to save is named in HTTP: RFC 6266's Content-Disposition, keeping accents for the clients that can. */
public final class Download {

    private Download() {}

    /**
     * {@code attachment; filename="statement-cafe-2027-03.csv"; filename*=UTF-8''statement-caf%C3%A9-2027-03.csv}: the
     * plain name for old clients, the accented one (RFC 8187) for every browser since about 2012.
     */
    public static String attachment(String fileName) {
        String plain = asciiName(fileName);
        String header = "attachment; filename=\"" + plain + "\"";
        return plain.equals(fileName)
                ? header
                : header + "; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The same name in ASCII letters: accents dropped (Polish ł too, which has none to drop), anything else a hyphen. */
    static String asciiName(String fileName) {
        return Normalizer.normalize(fileName.replace('\u0142', 'l').replace('\u0141', 'L'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("-{2,}", "-");
    }
}
