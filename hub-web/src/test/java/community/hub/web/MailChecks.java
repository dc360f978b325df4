package community.hub.web;

import static community.hub.web.BookingsApiChecks.at;
import static community.hub.web.BookingsApiChecks.booking;
import static community.hub.web.BookingsApiChecks.postBooking;
import static community.hub.web.BookingsApiChecks.roomId;
import static community.hub.web.HubIT.HUB;
import static community.hub.web.HubIT.MAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The booking emails, received by a real SMTP server: NHS CAMHS (a tenant whose requests wait for staff) asks for
 * the meeting room, and staff approve, decline or cancel. Each test asks in a week of its own inside CAMHS's
 * booking window, with a title of its own, since every nested class shares one database and one mail server.
 */
abstract class MailChecks {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final String CAMHS_CONTACT = "camhs.bookings@nhs.example";
    private static final String CAMHS_REQUESTER = "camhs.admin@nhs.example";

    /** A week of its own for each test, inside CAMHS's 180-day window and clear of the other checks' weeks. */
    private static LocalDate week(int n) {
        return TestDates.inLane(TestDates.Lane.MAIL, n - 1, DayOfWeek.MONDAY, 1);
    }

    private static String title(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** CAMHS asks for the meeting room 19:00-20:00 on the first weekday from {@code from} when it is free. */
    private static JsonObject request(String title, LocalDate from, String recurrence) {
        long room = roomId("meeting-room");
        for (LocalDate day = from; day.isBefore(from.plusDays(14)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            HttpResponse<String> requested = postBooking(
                    "camhs",
                    booking(
                            room,
                            title,
                            at(day, "19:00"),
                            at(day, "20:00"),
                            recurrence.isEmpty() ? "" : "\"recurrence\": " + recurrence));
            if (requested.statusCode() == 201) {
                JsonObject pending = HubClient.object(requested);
                assertThat(pending.getString("status")).isEqualTo("PENDING");
                return pending;
            }
            assertThat(requested.statusCode()).as(requested.body()).isEqualTo(409);
        }
        return fail("No free evening for " + title);
    }

    private static String path(JsonObject booking) {
        return "/api/bookings/" + booking.getJsonNumber("id").longValue();
    }

    private static LocalDate date(JsonObject booking) {
        return LocalDate.parse(
                booking.getJsonArray("occurrences").getJsonObject(0).getString("date"));
    }

    private static JsonObject approved(JsonObject pending) {
        HttpResponse<String> approved = HUB.post(path(pending) + "/approve", "", "staff");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(HubClient.object(approved).getString("status")).isEqualTo("CONFIRMED");
        return HubClient.object(approved);
    }

    private static MimeMessage mail(String subject) {
        return MAIL.await(message -> subject.equals(TestMailServer.subject(message)), MAIL_WAIT)
                .orElseGet(() -> fail("No email \"" + subject + "\" within " + MAIL_WAIT + "; received: "
                        + MAIL.received().stream().map(TestMailServer::subject).toList()));
    }

    private static MimeMessage mailTo(String subject, String address) {
        return MAIL.await(
                        message -> subject.equals(TestMailServer.subject(message)) && sentTo(message, address),
                        MAIL_WAIT)
                .orElseGet(() -> fail("No email \"" + subject + "\" to " + address + " within " + MAIL_WAIT));
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return addresses(message, Message.RecipientType.TO).contains(address);
        } catch (MessagingException unreadable) {
            return false;
        }
    }

    private static String text(MimeMessage message) {
        return TestMailServer.text(message);
    }

    private static List<String> addresses(MimeMessage message, Message.RecipientType type) throws MessagingException {
        return Arrays.stream(message.getRecipients(type))
                .map(address -> ((InternetAddress) address).getAddress())
                .toList();
    }

    @Test
    void anApprovedRequestIsEmailedToTheOrganisationAndTheRequesterWithTitleRoomAndTime() throws Exception {
        String title = title("CAMHS parents' group");
        JsonObject pending = request(title, week(1), "");
        LocalDate day = date(pending);

        approved(pending);

        // the organisation's address and the person who asked each get the email, in their own language
        MimeMessage mail = mailTo("Booking approved: " + title, CAMHS_CONTACT);
        assertThat(mailTo("Booking approved: " + title, CAMHS_REQUESTER)).isNotNull();
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("bookings@hub.example");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(text(mail))
                .startsWith("Hello NHS CAMHS,\n")
                .contains("The hub has approved your request to use Meeting Room for \"" + title + "\".")
                .contains("Where: Meeting Room, First floor, Fleetwood Community Hub\n")
                .contains("When: " + DAY.format(day) + ", 19:00 to 20:00\n")
                .contains("booking number " + pending.getJsonNumber("id").longValue() + ".")
                .contains("write to the hub coordinators at bookings@hub.example");
    }

    @Test
    void aDeclinedRequestIsEmailedWithTheReason() {
        String title = title("CAMHS evening workshop");
        JsonObject pending = request(title, week(2), "");

        HttpResponse<String> declined = HUB.post(
                path(pending) + "/decline",
                "{\"reason\": \"The meeting room is being redecorated that week.\"}",
                "staff");

        assertThat(declined.statusCode()).isEqualTo(200);
        MimeMessage mail = mail("Booking request declined: " + title);
        assertThat(text(mail))
                .contains("The hub has declined your request to use Meeting Room for \"" + title + "\".")
                .contains("The reason the hub gave: The meeting room is being redecorated that week.\n")
                .contains("Dates you asked for: " + DAY.format(date(pending)) + ", 19:00 to 20:00\n");
    }

    @Test
    void theHubCancellingABookingOrOneOfItsDatesIsEmailed() {
        String title = title("CAMHS weekly drop-in");
        JsonObject series = approved(request(title, week(3), "{\"frequency\": \"WEEKLY\", \"count\": 3}"));
        LocalDate first = date(series);
        mail("Booking approved: " + title);

        HttpResponse<String> oneDate = HUB.delete(path(series) + "/occurrences/" + first.plusWeeks(1), "staff");
        assertThat(oneDate.statusCode()).isEqualTo(200);
        MimeMessage dateMail = mail("Date cancelled by the hub: " + title + " on " + DAY.format(first.plusWeeks(1)));
        assertThat(text(dateMail))
                .contains("Date cancelled: " + DAY.format(first.plusWeeks(1)) + ", 19:00 to 20:00\n")
                .contains("Your other dates stand.");

        HttpResponse<String> whole = HUB.delete(path(series), "staff");
        assertThat(whole.statusCode()).isEqualTo(200);
        MimeMessage cancelMail = mail("Booking cancelled by the hub: " + title);
        assertThat(text(cancelMail))
                .contains("The hub has cancelled your booking of Meeting Room for \"" + title + "\".")
                .contains("  - " + DAY.format(first) + ", 19:00 to 20:00\n")
                .contains("  - " + DAY.format(first.plusWeeks(2)) + ", 19:00 to 20:00\n")
                .as("cancelled before")
                .doesNotContain(DAY.format(first.plusWeeks(1)));
    }

    @Test
    void aTenantCancellingItsOwnBookingIsSentNothing() {
        String own = title("CAMHS supervision");
        JsonObject ownBooking = approved(request(own, week(4), ""));
        mail("Booking approved: " + own);
        String other = title("CAMHS training");
        JsonObject otherBooking = approved(request(other, week(4).plusDays(1), ""));
        mail("Booking approved: " + other);

        assertThat(HUB.delete(path(ownBooking), "camhs").statusCode()).isEqualTo(200);
        assertThat(HUB.delete(path(otherBooking), "staff").statusCode()).isEqualTo(200);

        // Emails go out in the order their changes committed: once the later one is here, the earlier would be too.
        mail("Booking cancelled by the hub: " + other);
        assertThat(MAIL.received().stream().map(TestMailServer::subject).filter(subject -> subject.contains(own)))
                .containsOnly("Booking approved: " + own);
    }

    @Test
    void aMailServerThatRefusesNeitherBlocksNorUndoesAnApprovalAndTheEmailFollowsOnceItIsBack() throws Exception {
        String title = title("CAMHS family session");
        JsonObject pending = request(title, week(5), "");
        CountDownLatch refused = new CountDownLatch(1);
        MAIL.stop();
        try (RefusingMailServer down = new RefusingMailServer(MAIL.port(), refused)) {
            approved(pending);

            JsonObject stored = HubClient.object(HUB.get(path(pending), "staff", "hub-demo"));
            assertThat(stored.getString("status")).isEqualTo("CONFIRMED");
            assertThat(refused.await(MAIL_WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("the hub tried to send and was refused")
                    .isTrue();
        } finally {
            MAIL.start();
        }

        MimeMessage mail = mail("Booking approved: " + title);
        assertThat(text(mail)).contains("When: " + DAY.format(date(pending)) + ", 19:00 to 20:00\n");
        assertThat(HubClient.object(HUB.get(path(pending), "camhs", "hub-demo")).getString("status"))
                .isEqualTo("CONFIRMED");
    }

    /** An SMTP server that is up but refuses service: each connection gets "421" and is closed (RFC 5321 4.2.3). */
    private static final class RefusingMailServer implements AutoCloseable {

        private final ServerSocket socket;
        private final Thread acceptor;

        RefusingMailServer(int port, CountDownLatch refused) throws IOException {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("localhost"), port));
            acceptor = new Thread(
                    () -> {
                        while (!socket.isClosed()) {
                            try (Socket client = socket.accept();
                                    OutputStream out = client.getOutputStream()) {
                                out.write("421 4.3.2 Service not available, try again later\r\n"
                                        .getBytes(StandardCharsets.US_ASCII));
                                out.flush();
                                refused.countDown();
                            } catch (SocketException closed) {
                                return;
                            } catch (IOException failed) {
                                throw new UncheckedIOException(failed);
                            }
                        }
                    },
                    "refusing-mail-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            acceptor.join(5_000);
        }
    }
}
