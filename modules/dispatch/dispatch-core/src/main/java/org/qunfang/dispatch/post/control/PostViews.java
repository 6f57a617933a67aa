package org.qunfang.dispatch.post.control;

import org.qunfang.dispatch.api.post.PostView;
import org.qunfang.dispatch.post.entity.Post;

/** A post as the api shows it. */
public final class PostViews {

  private PostViews() {}

  public static PostView of(Post p) {
    return new PostView(
        p.getId(),
        p.getName(),
        p.getKind(),
        p.getDivisionCode(),
        p.getCheckpointId(),
        p.getPattern(),
        p.getNeeds(),
        p.isActive(),
        p.getVersion());
  }
}
