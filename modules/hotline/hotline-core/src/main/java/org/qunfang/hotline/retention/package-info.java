/**
 * Retention: hotline records are kept for a configurable period of at least three years (the 2021
 * guideline's minimum), then anonymised by a nightly job. Anonymising removes what could point to a
 * caller and keeps what the statistics count, so reports of past months do not change.
 */
package org.qunfang.hotline.retention;
