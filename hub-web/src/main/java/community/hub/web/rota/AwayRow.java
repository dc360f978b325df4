package community.hub.web.rota;

import java.io.Serializable;
import java.time.LocalDate;

/** Days a café member is away, the first to the last, as a row of the member's form; with what is wrong in it, if anything. */
public final class AwayRow implements Serializable {

    private LocalDate first;
    private LocalDate last;
    private String problem;

    AwayRow(LocalDate first, LocalDate last) {
        this.first = first;
        this.last = last;
    }

    public LocalDate getFirst() {
        return first;
    }

    public void setFirst(LocalDate first) {
        this.first = first;
    }

    public LocalDate getLast() {
        return last;
    }

    public void setLast(LocalDate last) {
        this.last = last;
    }

    public String getProblem() {
        return problem;
    }

    void setProblem(String problem) {
        this.problem = problem;
    }
}
