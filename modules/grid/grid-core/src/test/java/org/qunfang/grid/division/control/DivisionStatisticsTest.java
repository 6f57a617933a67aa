package org.qunfang.grid.division.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionStatisticsTest {

  @Test
  void residentsCommitteesAreCommunitiesAndVillagersCommitteesVillages() {
    assertThat(DivisionStatistics.isCommunity("东湖社区居民委员会")).isTrue();
    assertThat(DivisionStatistics.isCommunity("马限社区居委会")).isTrue();
    assertThat(DivisionStatistics.isCommunity("城关居民委员会")).isTrue();
    assertThat(DivisionStatistics.isCommunity("漈头村民委员会")).isFalse();
    assertThat(DivisionStatistics.isCommunity("前洋村委会")).isFalse();
  }
}
