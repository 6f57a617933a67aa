/**
 * 1+1+1 care teams. People come from dispatch-api (anyone serving in the observed person's
 * township, with the medical or community skill for those places); their name and account are
 * copied onto the place, so a care worker's "my people" is one query in care.
 */
package org.qunfang.care.team;
