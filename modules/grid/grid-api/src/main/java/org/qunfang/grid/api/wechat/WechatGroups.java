package org.qunfang.grid.api.wechat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.qunfang.grid.api.AreaLevel;

/** WeChat groups of the caller's small grids, and coverage rates. */
public interface WechatGroups {

  /** Adds a group; its households cannot outnumber the grid's registered households. */
  WechatGroupView add(@Valid @NotNull NewWechatGroup group);

  WechatGroupView change(@NotNull UUID id, @Valid @NotNull WechatGroupChange change);

  /** The groups within {@code area} (the caller's when null) that the caller reaches. */
  List<WechatGroupView> list(String area);

  /** Coverage per grid, community or township within {@code area}, with a last total row. */
  List<CoverageRow> coverage(String area, AreaLevel level);
}
