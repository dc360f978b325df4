package community.hub.rota.store;

import community.hub.rota.CafeRole;
import community.hub.rota.RegularShift;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** One line of the café's weekly pattern, as the database keeps it. */
@Entity
@Table(name = "rota_pattern_shift")
@NamedQuery(name = "PatternShift.all", query = "select p from PatternShift p")
public class PatternShift {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "weekday", nullable = false, length = 9)
    private DayOfWeek day;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rota_pattern_place", joinColumns = @JoinColumn(name = "pattern_shift_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "cafe_role", length = 30)
    @Column(name = "places", nullable = false)
    private Map<CafeRole, Integer> places = new HashMap<>();

    protected PatternShift() {
        // for JPA
    }

    PatternShift(RegularShift shift) {
        this.day = shift.getDay();
        this.start = shift.getStart();
        this.end = shift.getEnd();
        this.places.putAll(shift.getPlaces());
    }

    RegularShift toRegularShift() {
        return new RegularShift(day, start, end, new EnumMap<>(places));
    }
}
