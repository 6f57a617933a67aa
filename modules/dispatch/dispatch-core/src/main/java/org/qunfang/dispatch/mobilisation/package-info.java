/** Mobilisation orders (动员令) and the people who reported in against them, counted by unit. */
package org.qunfang.dispatch.mobilisation;
