package org.qunfang.grid.household.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class HouseholdTest {

  UUID grid = UUID.randomUUID();

  @Test
  void anAddressReadsAsOneLineWithItsRoom() {
    assertThat(new Household(grid, "350923100006", null, "东湖路12号", "3-201").fullAddress())
        .isEqualTo("东湖路12号 3-201");
    assertThat(new Household(grid, "350923100006", null, "前洋村18号", " ").fullAddress())
        .isEqualTo("前洋村18号");
  }

  @Test
  void aHouseholdMovesWithinItsGridKeepingItsArea() {
    Household household = new Household(grid, "350923100006", null, "东湖路12号", "3-201");
    household.relocate(null, "东湖路14号", "1-101");
    assertThat(household.fullAddress()).isEqualTo("东湖路14号 1-101");
    assertThat(household.getGridId()).isEqualTo(grid);
    assertThat(household.getDivisionCode()).isEqualTo("350923100006");
  }
}
