package community.hub.web.booking;

import community.hub.account.Account;
import community.hub.booking.ActivityType;
import community.hub.booking.Booking;
import community.hub.booking.BookingAccess;
import community.hub.booking.BookingRequest;
import community.hub.booking.BookingService;
import community.hub.booking.BookingStatus;
import community.hub.booking.Bookings;
import community.hub.booking.Clash;
import community.hub.booking.ClashRefusal;
import community.hub.booking.Visibility;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationService;
import community.hub.room.Room;
import community.hub.room.RoomService;
import community.hub.web.FieldMessages;
import community.hub.web.NotFoundPage;
import community.hub.web.Text;
import community.hub.web.language.Formats;
import community.hub.web.security.Caller;
import community.hub.web.suggestion.SuggestionBooking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The booking form: one-off or repeating, with every clash shown before anything is saved, and for a series the
 * choice to book only the dates that are free. Opened for a series and one of its dates ({@code change} and
 * {@code from}), it changes that date and the following ones: it starts filled in with the series from that date on,
 * and saving splits the series (see {@link BookingService#changeFrom}). How it repeats is its {@link Repetition}; what
 * may be booked, and by whom, is the domain's to say.
 * Over 300 lines: the form for a new booking and for changing one (the whole series, from a date, or one date)
 * holds every field with its getter and setter for the page; the booking rules decide.
 */
@Named
@ViewScoped
public class BookingForm implements Serializable {

    @Inject
    private Bookings bookings;

    @Inject
    private BookingService bookingService;

    @Inject
    private RoomService rooms;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Caller caller;

    @Inject
    private SuggestionBooking fromIdea;

    private final BookingRequest request = new BookingRequest();
    private LocalDate date;
    private LocalTime start;
    private LocalTime end;
    private String audience;
    private final Repetition repetition = new Repetition();
    private List<Clash> clashes = List.of();
    private boolean checked;
    /** The series being changed from one of its dates on, and that date; both null for a new booking. */
    private Long change;

    private LocalDate from;
    /** The title of the series being changed from one of its dates; null for a new booking. */
    private String originalTitle;

    @PostConstruct
    void start() {
        request.setVisibility(Visibility.PUBLIC);
        request.setExpectedAttendance(10);
    }

    /**
     * Opening the form to change a series from one of its dates: finds the series (or answers "not found", as for
     * anything the caller may not change) and fills the form in with it from that date on.
     */
    public void load() {
        if (fromIdea.isAsked()) {
            fromIdea.fillIn(request).ifPresent(tags -> audience = tags);
            return;
        }
        if (change == null) {
            return;
        }
        Booking original = NotFoundPage.unlessRefused(() -> bookings.changeableBy(change, me()))
                .orElse(null);
        if (original == null) {
            return;
        }
        if (from == null || !BookingAccess.isSeriesDate(original, from)) {
            NotFoundPage.send();
            return;
        }
        originalTitle = original.getActivity().getTitle();
        fillInFrom(original, from);
    }

    private void fillInFrom(Booking series, LocalDate date) {
        request.setRoomId(series.getRoom().getId());
        request.setOrganisationId(
                series.getOrganisation() == null
                        ? null
                        : series.getOrganisation().getId());
        request.setTitle(series.getActivity().getTitle());
        request.setType(series.getActivity().getType());
        request.setVisibility(series.getActivity().getVisibility());
        request.setDescription(series.getActivity().getDescription());
        request.setExpectedAttendance(series.getActivity().getExpectedAttendance());
        audience = String.join(", ", series.getAudience());
        this.date = date;
        start = series.getSeries().getStartTime();
        end = series.getSeries().getEndTime();
        repetition.fillIn(series.getSeries().getRecurrence(), series.getSeries().getFirstDate(), date);
    }

    /** Shows what the booking would meet, without booking it. */
    public void check() {
        FieldMessages.attempt(() -> isChanging()
                        ? bookingService.previewFrom(change, from, toRequest(), me())
                        : bookingService.preview(toRequest(), me()))
                .ifPresent(found -> {
                    clashes = found;
                    checked = true;
                });
    }

    public String book() {
        return FieldMessages.attempt(
                        this::save, refusal -> refusal instanceof ClashRefusal refused && showClashes(refused))
                .map(booking -> "/bookings/booking?faces-redirect=true&id=" + booking.getId())
                .orElse(null);
    }

    private Booking save() {
        if (isChanging()) {
            Booking booking = bookingService.changeFrom(change, from, toRequest(), me());
            FieldMessages.done(
                    booking.getStatus() == BookingStatus.PENDING
                            ? "bookingForm.changeRequested"
                            : "bookingForm.changedMessage",
                    booking.getActivity().getTitle(),
                    Formats.date(locale(), "date.full").format(from));
            return booking;
        }
        Booking booking =
                fromIdea.isAsked() ? fromIdea.book(toRequest(), me()) : bookingService.book(toRequest(), me());
        FieldMessages.done(
                booking.getStatus() == BookingStatus.PENDING ? "bookingForm.requested" : "bookingForm.bookedMessage",
                booking.getActivity().getTitle());
        return booking;
    }

    private boolean showClashes(ClashRefusal refused) {
        clashes = refused.clashes();
        checked = true;
        FieldMessages.global("bookingForm.notFree", clashes.size());
        return true;
    }

    private BookingRequest toRequest() {
        request.setStart(date == null || start == null ? null : LocalDateTime.of(date, start));
        request.setEnd(date == null || end == null ? null : LocalDateTime.of(date, end));
        request.setAudience(
                audience == null
                        ? new LinkedHashSet<>()
                        : new LinkedHashSet<>(Arrays.stream(audience.split(","))
                                .map(String::trim)
                                .filter(tag -> !tag.isEmpty())
                                .toList()));
        request.setRecurrence(repetition.toRecurrence(date));
        return request;
    }

    private Account me() {
        return caller.account().orElseThrow();
    }

    public List<Room> getRooms() {
        return rooms.inUse().stream()
                .filter(room -> BookingAccess.mayBook(me(), room))
                .toList();
    }

    public List<Organisation> getOrganisations() {
        return organisations.all().stream()
                .filter(organisation -> !organisation.isRetired())
                .toList();
    }

    public ActivityType[] getTypes() {
        return ActivityType.values();
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public Repetition getRepetition() {
        return repetition;
    }

    public BookingRequest getRequest() {
        return request;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    /** Whether the form changes a series from one of its dates on, rather than making a new booking. */
    public boolean isChanging() {
        return originalTitle != null;
    }

    /** "Change “Chair yoga” from Tuesday 16 March 2027 on". */
    public String getChangeHeading() {
        return originalTitle == null
                ? null
                : Text.get(
                        locale(),
                        "bookingForm.changeHeading",
                        originalTitle,
                        Formats.date(locale(), "date.full").format(from));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The title of the series being changed from one of its dates, for the heading; null for a new booking. */
    public String getOriginalTitle() {
        return originalTitle;
    }

    public Long getChange() {
        return change;
    }

    public void setChange(Long change) {
        this.change = change;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public List<Clash> getClashes() {
        return clashes;
    }

    public boolean isChecked() {
        return checked;
    }

    /** The residents' idea the new booking carries out, if it was opened from one. */
    public SuggestionBooking getFromIdea() {
        return fromIdea;
    }
}
