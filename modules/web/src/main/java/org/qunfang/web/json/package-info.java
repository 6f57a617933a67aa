/**
 * Strict JSON for the API. Every request body is parsed once more strictly than JSON-B would
 * (duplicate keys and trailing content refused), checked against the Java type it binds to (wrong
 * types, fractions and numbers out of range named by field, in the reader's language), and its
 * texts cleaned, before JSON-B binds it.
 */
package org.qunfang.web.json;
