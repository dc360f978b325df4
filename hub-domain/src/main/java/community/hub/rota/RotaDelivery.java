package community.hub.rota;

/** How someone likes to get their rota. */
public enum RotaDelivery {
    /** Printed in large type, one person per line, with a picture for each role. */
    EASY_READ_PRINT,
    EMAIL,
    /** Their own calendar feed of their shifts. */
    CALENDAR
}
