package org.qunfang.reports.engine.control;

import java.time.LocalDate;

/**
 * What the official layout prints around a report's body: 版头 (issuing organ, document number),
 * title, addressee (主送机关), an introductory paragraph, signature and date of writing.
 */
public record OfficialDocument(
    String issuingOrgan,
    String documentNumber,
    String title,
    String addressee,
    String introduction,
    LocalDate writtenOn,
    boolean draft) {

  /** 成文日期 as GB/T 9704-2012 §7.3.5.4 writes it: Arabic numerals, no leading zeros. */
  public String writtenOnText() {
    return writtenOn.getYear()
        + "年"
        + writtenOn.getMonthValue()
        + "月"
        + writtenOn.getDayOfMonth()
        + "日";
  }
}
