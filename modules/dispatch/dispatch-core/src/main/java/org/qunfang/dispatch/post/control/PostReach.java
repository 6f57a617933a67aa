package org.qunfang.dispatch.post.control;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.qunfang.access.api.CurrentCaller;
import org.qunfang.dispatch.post.entity.Post;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.NotFound;

/** The posts the caller reaches: those in their area; any other is not found. */
@RequestScoped
public class PostReach {

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  @Inject CurrentCaller caller;

  public Post post(UUID id) {
    Post post = id == null ? null : em.find(Post.class, id);
    if (post == null || !caller.scope().covers(post.getDivisionCode())) {
      throw new NotFound(new Message(TEXTS, "post.notFound"));
    }
    return post;
  }
}
