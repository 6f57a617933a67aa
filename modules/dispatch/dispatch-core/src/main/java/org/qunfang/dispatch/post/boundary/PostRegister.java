package org.qunfang.dispatch.post.boundary;

import static org.qunfang.dispatch.api.DispatchTexts.TEXTS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.UUID;
import org.qunfang.access.api.Role;
import org.qunfang.dispatch.api.post.NewPost;
import org.qunfang.dispatch.api.post.PostKind;
import org.qunfang.dispatch.api.post.PostView;
import org.qunfang.dispatch.api.post.Posts;
import org.qunfang.dispatch.person.control.AreaReach;
import org.qunfang.dispatch.post.control.NeedRules;
import org.qunfang.dispatch.post.control.PostReach;
import org.qunfang.dispatch.post.control.PostViews;
import org.qunfang.dispatch.post.entity.Post;
import org.qunfang.grid.api.checkpoint.CheckpointView;
import org.qunfang.grid.api.checkpoint.Checkpoints;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.audit.AuditRefusals;
import org.qunfang.kernel.problem.Conflict;
import org.qunfang.kernel.problem.InvalidInput;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.validation.Inputs;

/** Posts and their needs: dispatchers set them up; the area's officers read them. */
@Stateless
@AuditRefusals
@RolesAllowed({
  Role.Names.DISPATCHER,
  Role.Names.DISTRICT_ADMIN,
  Role.Names.TOWNSHIP_OFFICER,
  Role.Names.COMMUNITY_OFFICER,
  Role.Names.REPORT_OFFICER
})
public class PostRegister implements Posts {

  @PersistenceContext(unitName = "dispatch")
  EntityManager em;

  @Inject Validator validator;

  @Inject AreaReach areas;

  @Inject PostReach reach;

  @Inject Checkpoints checkpoints;

  @Override
  @RolesAllowed({Role.Names.DISPATCHER, Role.Names.DISTRICT_ADMIN})
  public PostView add(NewPost request) {
    Inputs.valid(validator, request);
    NeedRules.requireFit(request.pattern(), request.needs());
    String area;
    if (request.kind() == PostKind.CHECKPOINT) {
      if (request.checkpointId() == null) {
        throw new InvalidInput(new Message(TEXTS, "post.checkpointNeeded"), "checkpointId");
      }
      CheckpointView checkpoint = checkpoints.checkpoint(request.checkpointId());
      if (!checkpoint.active()) {
        throw new InvalidInput(
            new Message(TEXTS, "post.checkpointInactive", checkpoint.name()), "checkpointId");
      }
      area = checkpoint.divisionCode();
      areas.require(area);
      if (!em.createNamedQuery(Post.OF_CHECKPOINT, Post.class)
          .setParameter("checkpoint", checkpoint.id())
          .getResultList()
          .isEmpty()) {
        throw new Conflict(
            new Message(TEXTS, "post.checkpointTaken", checkpoint.name()), "checkpointId");
      }
    } else {
      if (request.checkpointId() != null) {
        throw new InvalidInput(new Message(TEXTS, "post.checkpointOnlyForCheckpoints"), "kind");
      }
      if (request.area() == null) {
        throw new InvalidInput(new Message(TEXTS, "post.areaNeeded"), "area");
      }
      area = areas.area(request.area()).value();
    }
    String name = request.name().strip();
    if (!em.createNamedQuery(Post.BY_NAME, Post.class)
        .setParameter("area", area)
        .setParameter("name", name)
        .getResultList()
        .isEmpty()) {
      throw new Conflict(new Message(TEXTS, "post.nameTaken", name), "name");
    }
    Post post =
        new Post(
            area, name, request.kind(), request.checkpointId(), request.pattern(), request.needs());
    em.persist(post);
    try {
      em.flush();
    } catch (PersistenceException raced) {
      throw new Conflict(new Message(TEXTS, "post.nameTaken", name), "name");
    }
    return PostViews.of(post);
  }

  @Override
  public PostView post(UUID id) {
    return PostViews.of(reach.post(id));
  }

  @Override
  public List<PostView> list(String area) {
    DivisionCode within = areas.area(area);
    return em.createNamedQuery(Post.ACTIVE_IN_AREA, Post.class)
        .setParameter("lo", within.value())
        .setParameter("hi", within.upperBound())
        .getResultStream()
        .map(PostViews::of)
        .toList();
  }
}
