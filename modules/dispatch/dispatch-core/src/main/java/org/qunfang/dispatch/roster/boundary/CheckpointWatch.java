package org.qunfang.dispatch.roster.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.qunfang.dispatch.post.entity.Post;
import org.qunfang.dispatch.roster.control.StandDown;
import org.qunfang.grid.api.checkpoint.CheckpointStoodDown;

/**
 * A checkpoint stood down in grid stands its post down here: future shifts cancelled, those on them
 * told. It runs after grid's change has committed, in a transaction of its own, so a failure here
 * never undoes the officer's change.
 */
@Stateless
@PermitAll
public class CheckpointWatch {

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  @Inject StandDown standDown;

  public void stoodDown(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CheckpointStoodDown event) {
    for (Post post :
        em.createNamedQuery(Post.OF_CHECKPOINT, Post.class)
            .setParameter("checkpoint", event.checkpointId())
            .getResultList()) {
      if (post.isActive()) {
        post.standDown();
        standDown.cancelFutureShifts(post.getId(), post.getName(), Instant.now());
      }
    }
  }
}
