package org.qunfang.kernel.division;

import java.util.List;

/**
 * The imported division tree, read within the caller's area: a township officer sees their township
 * and its communities, nothing beside or above it.
 */
public interface DivisionDirectory {

  int MAX_SEARCH_RESULTS = 100;

  /** The caller's home division: the root of everything they may see. */
  DivisionView home();

  DivisionView get(String code);

  List<DivisionView> children(String code);

  /** The subtree under {@code code}, {@code depth} levels deep (0: the division alone). */
  DivisionNode tree(String code, int depth);

  /** Divisions whose name contains, or whose code starts with, the query; at most {@code limit}. */
  List<DivisionView> search(String query, int limit);

  /** True when the code names an imported division (no area check: codes are public). */
  boolean exists(String code);

  /** The name of an imported division, if any (no area check: names are public too). */
  java.util.Optional<String> nameOf(String code);
}
