package community.hub.export;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A report's words in its reader's language: texts from the hub's bundle, and numbers, money and months as written there. */
public interface ReportWords {

    /** The words for a key of the text bundle (impact.*, activityType.*, …), with its arguments filled in. */
    String text(String key, Object... arguments);

    /** An amount of pounds as the language writes money: "£1,234.50", "1 234,50 £". */
    String money(BigDecimal amount);

    /** Hours or a share as the language writes numbers: "1,234.5", "1 234,5". */
    String number(BigDecimal value);

    /** A month in words: "October 2026", "październik 2026". */
    String month(YearMonth month);
}
