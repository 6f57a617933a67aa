/**
 * The web layer: Faces pages for people, REST under /api/v1 for programs. It holds no rules of its
 * own; it calls module facades, and turns problems into problem+json or page messages.
 */
package org.qunfang.web;
