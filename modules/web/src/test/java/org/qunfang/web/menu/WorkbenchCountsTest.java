package org.qunfang.web.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qunfang.web.api.menu.ToDo;

class WorkbenchCountsTest {

  private static final Instant AT = Instant.parse("2026-11-25T02:00:00Z");
  private static final List<ToDo> COUNTED =
      List.of(new ToDo("gridArrivals", "todo.gridArrivals", 3, "/grid/screening.xhtml", false));

  @Test
  void nothingIsFreshBeforeTheFirstCount() {
    assertThat(new WorkbenchCounts().fresh(AT)).isEmpty();
  }

  @Test
  void countsKeepForHalfAMinuteAndNoLonger() {
    WorkbenchCounts counts = new WorkbenchCounts();
    counts.keep(COUNTED, AT);
    assertThat(counts.fresh(AT.plusSeconds(29))).contains(COUNTED);
    assertThat(counts.fresh(AT.plus(WorkbenchCounts.FRESH))).isEmpty();
  }
}
