package org.qunfang.grid.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.qunfang.kernel.validation.CitizenId;
import org.qunfang.kernel.validation.MobilePhone;

/**
 * A search of residents within the caller's reach. Every criterion is optional; an ID number or
 * phone is matched exactly through its keyed hash, a name by its beginning. {@code words} is the
 * one search box of the page: a full ID number or mobile number is matched exactly, anything else
 * by the beginning of a name or any part of the household's address.
 */
public record ResidentQuery(
    String area,
    UUID gridId,
    @Size(max = 30) String name,
    @CitizenId String idNumber,
    @MobilePhone String phone,
    @Size(max = 32) String tag,
    @Size(max = 200) String words,
    @Min(0) @Max(LAST_PAGE) int page,
    @Min(1) @Max(MAX_SIZE) int size) {

  /** Bounds that keep {@code page * size} well inside an int. */
  public static final int LAST_PAGE = 100_000;

  public static final int MAX_SIZE = 500;

  public static ResidentQuery firstPage(String area) {
    return new ResidentQuery(area, null, null, null, null, null, null, 0, 50);
  }
}
