package org.qunfang.dispatch.mobilisation.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import org.qunfang.dispatch.api.mobilisation.PostAsk;
import org.qunfang.dispatch.api.post.PostKind;

/** An order's posts to fill in one column: {@code CHECKPOINT=120;SWEEP_TEAM=30}. */
@Converter
public class PostAsks implements AttributeConverter<List<PostAsk>, String> {

  @Override
  public String convertToDatabaseColumn(List<PostAsk> posts) {
    return String.join(";", posts.stream().map(p -> p.kind() + "=" + p.headcount()).toList());
  }

  @Override
  public List<PostAsk> convertToEntityAttribute(String stored) {
    return stored == null || stored.isEmpty()
        ? List.of()
        : Arrays.stream(stored.split(";"))
            .map(s -> s.split("="))
            .map(p -> new PostAsk(PostKind.valueOf(p[0]), Integer.parseInt(p[1])))
            .toList();
  }
}
