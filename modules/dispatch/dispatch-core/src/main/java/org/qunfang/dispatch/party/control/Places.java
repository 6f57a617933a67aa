package org.qunfang.dispatch.party.control;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.UUID;
import org.qunfang.dispatch.api.party.PlaceKind;
import org.qunfang.grid.api.GridOrganisation;
import org.qunfang.grid.api.checkpoint.Checkpoints;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;

/**
 * Where within its area an organisation sits, checked with grid: the grid or checkpoint must exist,
 * be one the caller reaches, and lie within the organisation's area.
 */
@Dependent
public class Places {

  @Inject GridOrganisation grids;

  @Inject Checkpoints checkpoints;

  public void require(PlaceKind kind, UUID id, DivisionCode area) {
    if ((kind == null) != (id == null)) {
      throw new InvalidInput(new Message(TEXTS, "organisation.placeIncomplete"), "placeId");
    }
    if (kind == null) {
      return;
    }
    String where =
        switch (kind) {
          case GRID -> grids.get(id).divisionCode();
          case CHECKPOINT -> checkpoints.checkpoint(id).divisionCode();
        };
    if (!area.contains(DivisionCode.of(where))) {
      throw new InvalidInput(new Message(TEXTS, "organisation.placeOutside"), "placeId");
    }
  }
}
