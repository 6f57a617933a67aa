package org.qunfang.care.alert.control;

import org.qunfang.care.api.alert.AlertView;
import org.qunfang.care.observation.entity.CareAlert;

/** Alerts as the desk shows them. */
public final class AlertViews {

  private AlertViews() {}

  public static AlertView of(CareAlert a) {
    return new AlertView(
        a.getId(),
        a.getObservationId(),
        a.getName(),
        a.getDivisionCode(),
        a.getKind(),
        a.getDay(),
        a.getSlot(),
        a.getRaisedAt(),
        a.getEscalatedAt(),
        a.getAction(),
        a.getTransferredTo(),
        a.getNote(),
        a.getActedAt(),
        a.getActedBy(),
        a.getVersion());
  }
}
