package org.qunfang.web.api.area;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qunfang.kernel.division.DivisionNode;
import org.qunfang.kernel.division.DivisionView;

/**
 * The divisions one person may pick, in tree order (each division followed by those below it), and
 * the choices that match what they type: a name containing it or a code starting with it.
 */
public final class AreaTree {

  /** Typed searches show this many at most: a longer list is no help on a phone. */
  public static final int MAX_MATCHES = 50;

  private final Map<String, DivisionView> byCode = new LinkedHashMap<>();
  private final Map<String, Integer> depths = new LinkedHashMap<>();

  public AreaTree(DivisionNode root) {
    add(root, 0);
  }

  private void add(DivisionNode node, int depth) {
    byCode.put(node.division().code(), node.division());
    depths.put(node.division().code(), depth);
    node.children().forEach(child -> add(child, depth + 1));
  }

  /** The whole tree for an empty query, otherwise the first matches in tree order. */
  public List<String> matching(String query) {
    String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      return List.copyOf(byCode.keySet());
    }
    List<String> found = new ArrayList<>();
    for (DivisionView division : byCode.values()) {
      if (division.code().startsWith(text)
          || division.name().toLowerCase(Locale.ROOT).contains(text)) {
        found.add(division.code());
        if (found.size() == MAX_MATCHES) {
          break;
        }
      }
    }
    return found;
  }

  public Optional<DivisionView> get(String code) {
    return Optional.ofNullable(code).map(byCode::get);
  }

  /** How far below the root (the person's home division) the division lies; 0 when unknown. */
  public int depth(String code) {
    return code == null ? 0 : depths.getOrDefault(code, 0);
  }

  /**
   * The division's name as a picked value reads: a village or community with its township, since
   * names repeat across townships; the code itself when it is not in the tree.
   */
  public String label(String code) {
    return get(code)
        .map(
            division ->
                depth(code) >= 2
                    ? get(division.parentCode())
                        .map(parent -> parent.name() + " " + division.name())
                        .orElse(division.name())
                    : division.name())
        .orElse(code == null ? "" : code);
  }

  public String root() {
    return byCode.keySet().iterator().next();
  }
}
