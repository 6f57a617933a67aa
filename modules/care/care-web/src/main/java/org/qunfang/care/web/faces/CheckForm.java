package org.qunfang.care.web.faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.qunfang.care.api.check.CheckEntry;
import org.qunfang.care.api.check.CheckStatus;
import org.qunfang.care.api.check.Measurer;
import org.qunfang.care.api.type.CheckSlot;
import org.qunfang.care.api.type.Symptom;
import org.qunfang.kernel.time.Beijing;

/**
 * What a worker types for one person on a round: the reading as typed (a phone's keypad gives
 * text), the outcome, symptoms, who measured, and the time when it was not just now.
 */
public class CheckForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String temperature;
  private CheckStatus status = CheckStatus.SEEN;
  private List<Symptom> symptoms = new ArrayList<>();
  private Measurer measuredBy = Measurer.TEAM;
  private String time;

  /** The entry for {@code slot}, or null with {@code problem} set to the key of what is wrong. */
  public CheckEntry entry(LocalDate day, CheckSlot slot, String[] problem) {
    BigDecimal reading = null;
    if (temperature != null && !temperature.isBlank()) {
      try {
        reading = new BigDecimal(temperature.strip().replace('，', '.').replace(',', '.'));
      } catch (NumberFormatException notANumber) {
        problem[0] = "round.temperatureUnreadable";
        return null;
      }
    }
    Instant at = null;
    if (time != null && !time.isBlank()) {
      try {
        at = day.atTime(LocalTime.parse(time.strip())).atZone(Beijing.ZONE).toInstant();
      } catch (DateTimeParseException notATime) {
        problem[0] = "round.timeUnreadable";
        return null;
      }
    }
    return new CheckEntry(
        at,
        reading,
        symptoms.isEmpty() ? EnumSet.noneOf(Symptom.class) : EnumSet.copyOf(symptoms),
        measuredBy,
        status,
        null,
        slot);
  }

  public String getTemperature() {
    return temperature;
  }

  public void setTemperature(String temperature) {
    this.temperature = temperature;
  }

  public CheckStatus getStatus() {
    return status;
  }

  public void setStatus(CheckStatus status) {
    this.status = status;
  }

  public List<Symptom> getSymptoms() {
    return symptoms;
  }

  public void setSymptoms(List<Symptom> symptoms) {
    this.symptoms = symptoms == null ? new ArrayList<>() : new ArrayList<>(symptoms);
  }

  public Measurer getMeasuredBy() {
    return measuredBy;
  }

  public void setMeasuredBy(Measurer measuredBy) {
    this.measuredBy = measuredBy;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }
}
