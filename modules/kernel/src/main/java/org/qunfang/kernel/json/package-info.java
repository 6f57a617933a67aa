/** JSON-P, with its provider looked up once for the whole application. */
package org.qunfang.kernel.json;
