package community.hub.rota;

import java.util.List;
import java.util.Objects;

/** What auto-fill made of a week: the rota, and every place it could not fill with the reason. */
public final class FilledRota {

    private final Rota rota;
    private final List<Gap> gaps;

    FilledRota(Rota rota, List<Gap> gaps) {
        this.rota = rota;
        this.gaps = List.copyOf(gaps);
    }

    public Rota getRota() {
        return rota;
    }

    /** In time order, then by role. */
    public List<Gap> getGaps() {
        return gaps;
    }

    public List<Gap> gapsOn(Shift shift) {
        return gaps.stream().filter(gap -> gap.getShift().equals(shift)).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FilledRota filled && rota.equals(filled.rota) && gaps.equals(filled.gaps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rota, gaps);
    }

    @Override
    public String toString() {
        return rota + " gaps " + gaps;
    }
}
