package org.qunfang.care.type.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qunfang.care.api.type.Symptom;
import org.qunfang.care.type.Types;

class ConvertersTest {

  @Test
  void windowsRoundTripThroughOneColumn() {
    SlotWindows converter = new SlotWindows();
    String stored = converter.convertToDatabaseColumn(Types.homeMonitoring().windows());

    assertThat(stored).isEqualTo("MORNING 06:00-10:00;EVENING 18:00-22:00");
    assertThat(converter.convertToEntityAttribute(stored))
        .isEqualTo(Types.homeMonitoring().windows());
  }

  @Test
  void daysAndSymptomsRoundTrip() {
    assertThat(new DayList().convertToEntityAttribute("1,4,7")).containsExactly(1, 4, 7);
    assertThat(new DayList().convertToEntityAttribute("")).isEmpty();
    assertThat(SymptomSet.text(Set.of(Symptom.DIARRHOEA, Symptom.FEVER)))
        .isEqualTo("FEVER,DIARRHOEA");
    assertThat(SymptomSet.parse("FEVER,DIARRHOEA"))
        .isEqualTo(Set.of(Symptom.FEVER, Symptom.DIARRHOEA));
    assertThat(SymptomSet.parse(null)).isEmpty();
    assertThat(new DayList().convertToDatabaseColumn(List.of(1, 3))).isEqualTo("1,3");
  }
}
