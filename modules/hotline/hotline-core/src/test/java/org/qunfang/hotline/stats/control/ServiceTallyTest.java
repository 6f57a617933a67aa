package org.qunfang.hotline.stats.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qunfang.hotline.api.stats.ServiceMode;
import org.qunfang.hotline.api.stats.ServiceRow;
import org.qunfang.hotline.stats.control.ServiceTally.Figure;

class ServiceTallyTest {

  private static final UUID MAWEI = UUID.randomUUID();
  private static final UUID PINGNAN = UUID.randomUUID();
  private static final Map<UUID, String> NAMES = Map.of(MAWEI, "马尾社工站", PINGNAN, "屏南社工中心");
  private static final LocalDate DAY1 = LocalDate.of(2022, 4, 1);
  private static final LocalDate DAY2 = LocalDate.of(2022, 4, 2);

  @Test
  void rowsSubtotalsAndTotalAddUp() {
    List<ServiceRow> rows =
        ServiceTally.table(
            List.of(
                new Figure(MAWEI, DAY1, ServiceMode.OFFLINE, 3481),
                new Figure(MAWEI, DAY1, ServiceMode.ONLINE, 8459),
                new Figure(MAWEI, DAY2, ServiceMode.PHONE, 570),
                new Figure(PINGNAN, DAY1, ServiceMode.OFFLINE, 20)),
            List.of(
                new Figure(MAWEI, DAY2, ServiceMode.PHONE, 1),
                new Figure(MAWEI, DAY2, ServiceMode.PHONE, 1),
                new Figure(PINGNAN, DAY2, ServiceMode.ONLINE, 1)),
            NAMES);

    // Agencies in name order (屏 before 马 in code-point order), each followed by its subtotal.
    assertThat(rows)
        .extracting(r -> r.agencyName() + " " + r.day())
        .containsExactly(
            "屏南社工中心 2022-04-01",
            "屏南社工中心 2022-04-02",
            "屏南社工中心 null",
            "马尾社工站 2022-04-01",
            "马尾社工站 2022-04-02",
            "马尾社工站 null",
            "null null");
    ServiceRow maweiDay2 = rows.get(4);
    assertThat(maweiDay2.phone()).isEqualTo(572);
    assertThat(maweiDay2.entered()).isEqualTo(570);
    assertThat(maweiDay2.fromCalls()).isEqualTo(2);
    ServiceRow mawei = rows.get(5);
    assertThat(mawei.offline() + mawei.phone() + mawei.online()).isEqualTo(3481 + 572 + 8459);
    ServiceRow total = rows.get(6);
    assertThat(total.total()).isEqualTo(3481 + 8459 + 570 + 20 + 3);
    for (ServiceRow row : rows) {
      assertThat(row.offline() + row.phone() + row.online())
          .isEqualTo(row.total())
          .isEqualTo(row.entered() + row.fromCalls());
    }
    assertThat(rows.get(2).total() + rows.get(5).total()).isEqualTo(total.total());
  }

  @Test
  void nothingAtAllIsOneTotalRowOfNoughts() {
    assertThat(ServiceTally.table(List.of(), List.of(), NAMES))
        .containsExactly(new ServiceRow(null, null, null, 0, 0, 0, 0, 0, 0));
  }
}
