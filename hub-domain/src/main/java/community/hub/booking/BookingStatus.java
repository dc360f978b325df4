package community.hub.booking;

/** Where a booking is in its life. PENDING and CONFIRMED hold the room; the others free it. */
public enum BookingStatus {
    PENDING,
    CONFIRMED,
    DECLINED,
    CANCELLED;

    public boolean holdsRoom() {
        return this == PENDING || this == CONFIRMED;
    }
}
