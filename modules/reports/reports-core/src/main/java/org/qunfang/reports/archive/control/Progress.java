package org.qunfang.reports.archive.control;

/** Hears how far a report has got: the rows it will fill, then each row filled. */
public interface Progress {

  Progress NONE =
      new Progress() {
        @Override
        public void total(int rows) {}

        @Override
        public void done(int rows) {}
      };

  void total(int rows);

  void done(int rows);
}
