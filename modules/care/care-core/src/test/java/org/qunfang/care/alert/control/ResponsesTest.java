package org.qunfang.care.alert.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qunfang.care.api.alert.AlertAction;
import org.qunfang.care.api.alert.AlertResponse;
import org.qunfang.care.api.alert.TransferTarget;
import org.qunfang.care.api.observation.ObservationStatus;

class ResponsesTest {

  @Test
  void aTransferNamesWhereToAndNothingElseDoes() {
    assertThatThrownBy(
            () ->
                Responses.requireSound(new AlertResponse(AlertAction.TRANSFERRED, null, "120", 0)))
        .hasMessage("alert.transferNeedsTarget");
    assertThatThrownBy(
            () ->
                Responses.requireSound(
                    new AlertResponse(
                        AlertAction.RECHECKED, TransferTarget.FEVER_CLINIC, "36.8", 0)))
        .hasMessage("alert.targetOnlyForTransfer");
  }

  @Test
  void aTransferOrALossEndsTheObservationAndTheOthersDoNot() {
    assertThat(Responses.ending(AlertAction.TRANSFERRED)).isEqualTo(ObservationStatus.TRANSFERRED);
    assertThat(Responses.ending(AlertAction.LOST)).isEqualTo(ObservationStatus.LOST);
    assertThat(Responses.ending(AlertAction.RECHECKED)).isNull();
    assertThat(Responses.ending(AlertAction.REPORTED)).isNull();
  }
}
