package org.qunfang.web.api.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.qunfang.kernel.area.DivisionLevel;
import org.qunfang.kernel.division.DivisionNode;
import org.qunfang.kernel.division.DivisionView;

class AreaTreeTest {

  private static DivisionNode node(String code, String name, DivisionNode... children) {
    DivisionLevel level = DivisionLevel.ofCodeLength(code.length()).orElseThrow();
    String parent = level.above().map(l -> code.substring(0, l.codeLength())).orElse(null);
    return new DivisionNode(
        new DivisionView(code, name, level, parent, children.length), List.of(children));
  }

  private final AreaTree county =
      new AreaTree(
          node(
              "350923",
              "屏南县",
              node("350923100", "古峰镇", node("350923100001", "城关社区"), node("350923100201", "前村村")),
              node("350923101", "双溪镇", node("350923101201", "前村村"))));

  @Test
  void anEmptyQueryListsTheWholeTreeEachDivisionBeforeThoseBelowIt() {
    assertThat(county.matching(" "))
        .containsExactly(
            "350923", "350923100", "350923100001", "350923100201", "350923101", "350923101201");
    assertThat(county.matching(null)).hasSize(6);
  }

  @Test
  void typingFindsNamesContainingItAndCodesStartingWithIt() {
    assertThat(county.matching("前村")).containsExactly("350923100201", "350923101201");
    assertThat(county.matching("350923101")).containsExactly("350923101", "350923101201");
    assertThat(county.matching("100201")).isEmpty();
    assertThat(county.matching("上海")).isEmpty();
  }

  @Test
  void aVillageReadsWithItsTownshipSinceNamesRepeat() {
    assertThat(county.label("350923101201")).isEqualTo("双溪镇 前村村");
    assertThat(county.label("350923100")).isEqualTo("古峰镇");
    assertThat(county.label("350923")).isEqualTo("屏南县");
    assertThat(county.label("110101")).as("outside the tree: the code itself").isEqualTo("110101");
    assertThat(county.label(null)).isEmpty();
  }

  @Test
  void depthCountsFromTheHomeDivision() {
    assertThat(county.depth("350923")).isZero();
    assertThat(county.depth("350923100")).isEqualTo(1);
    assertThat(county.depth("350923100001")).isEqualTo(2);
    assertThat(county.root()).isEqualTo("350923");
  }

  @Test
  void aTypedSearchStopsAtFiftyMatches() {
    DivisionNode[] villages =
        IntStream.range(0, 80)
            .mapToObj(i -> node("350923100%03d".formatted(i), "第" + i + "村"))
            .toArray(DivisionNode[]::new);
    AreaTree big = new AreaTree(node("350923100", "古峰镇", villages));
    assertThat(big.matching("村")).hasSize(AreaTree.MAX_MATCHES);
    assertThat(big.matching("")).hasSize(81);
  }
}
