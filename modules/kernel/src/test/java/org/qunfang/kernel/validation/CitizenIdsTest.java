package org.qunfang.kernel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdsTest {

  @Test
  void acceptsTheExamplesOfTheStandard() {
    // GB 11643-1999, annex: 北京市朝阳区 1949-12-31, check character X.
    assertThat(CitizenIds.isValid("11010519491231002X")).isTrue();
    assertThat(CitizenIds.isValid("11010519491231002x")).isTrue();
    // The annex's second example: the check digit is right, but nobody born in 1880 is a resident.
    assertThat(CitizenIds.checkCharacter("44052418800101001")).isEqualTo('4');
    assertThat(CitizenIds.isValid("440524188001010014")).isFalse();
  }

  @Test
  void computesTheIso7064CheckCharacter() {
    assertThat(CitizenIds.checkCharacter("35092319900101123")).isEqualTo('3');
    assertThat(CitizenIds.isValid("350923199001011233")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "350923199001011235", // wrong check digit
        "350923199002301234", // 30 February
        "350923209001011239", // born in the future
        "35092319900101123", // 17 characters
        "3509231990010112331", // 19 characters
        "35092319900101123A", // letter other than X
        ""
      })
  void rejectsWhatIsNotANumber(String id) {
    assertThat(CitizenIds.isValid(id)).isFalse();
  }

  @Test
  void readsBirthDateAndSex() {
    assertThat(CitizenIds.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
    assertThat(CitizenIds.isMale("11010519491231002X")).isFalse();
    assertThat(CitizenIds.isMale("350923199001011233")).isTrue();
  }
}
