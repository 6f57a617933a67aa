/**
 * Formal reports (GB/T 9704 official documents): preview a draft, issue it under the next document
 * number, and read the archive of issued reports, which never changes.
 */
package org.qunfang.reports.api;
