package community.hub.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A bank holiday the hub manager opened the hub on: it is never closed again automatically. */
@Entity
@Table(name = "bank_holiday_kept_open")
public class BankHolidayKeptOpen {

    @Id
    @Column(name = "day")
    private LocalDate day;

    protected BankHolidayKeptOpen() {
        // for JPA
    }

    BankHolidayKeptOpen(LocalDate day) {
        this.day = day;
    }

    public LocalDate getDay() {
        return day;
    }
}
