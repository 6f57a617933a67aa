package org.qunfang.web.api.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The open tab of a page's tab view ({@code activeIndex="#{tabs.index}"} with an ajax {@code
 * tabChange}), so that a save that re-renders the form leaves the person where they were.
 */
@Named("tabs")
@ViewScoped
public class TabMemory implements Serializable {

  private static final long serialVersionUID = 1L;

  private int index;

  public int getIndex() {
    return index;
  }

  public void setIndex(int index) {
    this.index = index;
  }
}
