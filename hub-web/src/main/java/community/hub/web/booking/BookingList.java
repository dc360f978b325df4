package community.hub.web.booking;

import community.hub.ShownDays;
import community.hub.account.Account;
import community.hub.booking.ActivityType;
import community.hub.booking.BookingFilter;
import community.hub.booking.BookingStatus;
import community.hub.booking.Bookings;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationService;
import community.hub.room.Room;
import community.hub.room.RoomService;
import community.hub.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The bookings list: staff see every booking, a tenant its organisation's; filtered, and loaded a page at a time. */
@Named
@ViewScoped
public class BookingList implements Serializable {

    @Inject
    private Bookings bookings;

    @Inject
    private ShownDays shownDays;

    @Inject
    private RoomService rooms;

    @Inject
    private OrganisationService organisations;

    @Inject
    private Caller caller;

    private final BookingFilter filter = new BookingFilter();
    private final LazyDataModel<BookingLine> page = new Page();

    @PostConstruct
    void start() {
        filter.setFrom(shownDays.today());
    }

    /** Applying the filter only needs the table to load again from its first page. */
    public void apply() {
        // the lazy model reads the filter on its next load
    }

    public void clear() {
        filter.setRoomId(null);
        filter.setOrganisationId(null);
        filter.setType(null);
        filter.setStatus(null);
        filter.setFrom(null);
        filter.setTo(null);
    }

    private final class Page extends LazyDataModel<BookingLine> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) bookings.countMatching(filter, me());
        }

        @Override
        public List<BookingLine> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return bookings.matching(filter, first, pageSize, me()).stream()
                    .map(BookingLine::of)
                    .toList();
        }

        @Override
        public String getRowKey(BookingLine line) {
            return String.valueOf(line.getId());
        }

        @Override
        public BookingLine getRowData(String rowKey) {
            return BookingLine.of(bookings.visibleTo(Long.parseLong(rowKey), me()));
        }
    }

    private Account me() {
        return caller.account().orElseThrow();
    }

    public LazyDataModel<BookingLine> getPage() {
        return page;
    }

    public BookingFilter getFilter() {
        return filter;
    }

    public List<Room> getRooms() {
        return rooms.all();
    }

    public List<Organisation> getOrganisations() {
        return organisations.all();
    }

    public ActivityType[] getTypes() {
        return ActivityType.values();
    }

    public BookingStatus[] getStatuses() {
        return BookingStatus.values();
    }
}
