package org.qunfang.dispatch.api.post;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** Posts within the caller's area and what each of their shifts needs. */
public interface Posts {

  PostView add(@Valid @NotNull NewPost post);

  PostView post(UUID id);

  /** The active posts within {@code area} (the caller's when null). */
  List<PostView> list(String area);
}
