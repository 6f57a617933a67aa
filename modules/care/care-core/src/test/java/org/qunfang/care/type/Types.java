package org.qunfang.care.type;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.qunfang.care.api.type.CheckSlot;
import org.qunfang.care.api.type.SlotWindow;
import org.qunfang.care.api.type.Symptom;
import org.qunfang.care.api.type.TypeDefinition;

/** Observation types for tests: the 2022 home health monitoring, and variations of it. */
public final class Types {

  private Types() {}

  public static TypeDefinition homeMonitoring() {
    return new TypeDefinition(
        "居家健康监测",
        "Home health monitoring",
        7,
        List.of(1, 4, 7),
        List.of(
            new SlotWindow(CheckSlot.MORNING, LocalTime.of(6, 0), LocalTime.of(10, 0)),
            new SlotWindow(CheckSlot.EVENING, LocalTime.of(18, 0), LocalTime.of(22, 0))),
        new BigDecimal("37.3"),
        EnumSet.range(Symptom.FEVER, Symptom.DIARRHOEA));
  }

  public static TypeDefinition with(int period, List<Integer> tests, List<SlotWindow> windows) {
    TypeDefinition base = homeMonitoring();
    return new TypeDefinition(
        base.name(), base.nameEn(), period, tests, windows, base.feverThreshold(), base.symptoms());
  }
}
