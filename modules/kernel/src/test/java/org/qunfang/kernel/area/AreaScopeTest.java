package org.qunfang.kernel.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qunfang.kernel.problem.Forbidden;

class AreaScopeTest {

  private final AreaScope pingnan = new AreaScope(DivisionCode.of("350923"));

  @Test
  void coversItselfAndEverythingBelow() {
    assertThat(pingnan.covers("350923")).isTrue();
    assertThat(pingnan.covers("350923100")).isTrue();
    assertThat(pingnan.covers("350923100008")).isTrue();
  }

  @Test
  void doesNotCoverNeighboursParentsOrLookAlikes() {
    assertThat(pingnan.covers("350924")).isFalse();
    assertThat(pingnan.covers("3509")).isFalse();
    assertThat(pingnan.covers("350105001002")).isFalse();
    assertThat(pingnan.covers("3509231")).isFalse(); // not a code at all
    assertThat(pingnan.covers((String) null)).isFalse();
  }

  @Test
  void requireRefusesWithoutSayingWhatIsThere() {
    assertThatThrownBy(() -> pingnan.require("350105"))
        .isInstanceOf(Forbidden.class)
        .hasMessage("area.outside");
  }

  @Test
  void codesKnowTheirLevelAndParent() {
    DivisionCode community = DivisionCode.of("350923100008");
    assertThat(community.level()).isEqualTo(DivisionLevel.VILLAGE);
    assertThat(community.parent()).contains(DivisionCode.of("350923100"));
    assertThat(DivisionCode.of("35").parent()).isEmpty();
    assertThatThrownBy(() -> DivisionCode.of("3509230000"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void likePatternMatchesTheSubtree() {
    assertThat(pingnan.likePattern()).isEqualTo("350923%");
  }
}
