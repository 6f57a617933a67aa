/**
 * The kernel: what every Qunfang module shares and nothing more. It knows no business module; it
 * ships in the EAR's lib so every module sees one copy.
 */
package org.qunfang.kernel;
