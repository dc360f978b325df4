package community.hub.web.calendar;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The ways to subscribe to one feed: the address itself, webcal:// for calendar apps, and Google's and Outlook's "add" pages. */
public record SubscribeLinks(String address, String webcal, String google, String outlook) {

    public static SubscribeLinks of(URI feed, String name) {
        String address = feed.toString();
        String webcal = "webcal://" + address.substring(address.indexOf("://") + 3);
        return new SubscribeLinks(
                address,
                webcal,
                "https://calendar.google.com/calendar/render?cid=" + encode(webcal),
                "https://outlook.live.com/calendar/0/addfromweb?url=" + encode(address) + "&name=" + encode(name));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public String getAddress() {
        return address;
    }

    public String getWebcal() {
        return webcal;
    }

    public String getGoogle() {
        return google;
    }

    public String getOutlook() {
        return outlook;
    }
}
