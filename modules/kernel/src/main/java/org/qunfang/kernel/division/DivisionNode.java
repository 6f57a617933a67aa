package org.qunfang.kernel.division;

import java.util.List;

/** A division with the divisions below it, as deep as was asked for. */
public record DivisionNode(DivisionView division, List<DivisionNode> children) {

  public DivisionNode {
    children = List.copyOf(children);
  }
}
