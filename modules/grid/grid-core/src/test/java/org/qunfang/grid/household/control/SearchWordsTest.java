package org.qunfang.grid.household.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qunfang.grid.household.control.SearchWords.Kind;

class SearchWordsTest {

  @Test
  void aFullIdNumberIsMatchedExactlyWhateverItsCase() {
    assertThat(SearchWords.of(" 35092319900101123x "))
        .isEqualTo(new SearchWords(Kind.ID_NUMBER, "35092319900101123X"));
    assertThat(SearchWords.of("350923900101123").kind()).isEqualTo(Kind.ID_NUMBER);
  }

  @Test
  void aMobileNumberIsMatchedExactlyEvenTypedWithSpaces() {
    assertThat(SearchWords.of("138 0000 1111"))
        .isEqualTo(new SearchWords(Kind.MOBILE, "13800001111"));
  }

  @Test
  void anythingElseIsANameOrAnAddress() {
    assertThat(SearchWords.of("张")).isEqualTo(new SearchWords(Kind.NAME_OR_ADDRESS, "张"));
    assertThat(SearchWords.of("棠口村5号").kind()).isEqualTo(Kind.NAME_OR_ADDRESS);
    assertThat(SearchWords.of("3509").kind())
        .as("part of a number")
        .isEqualTo(Kind.NAME_OR_ADDRESS);
  }
}
