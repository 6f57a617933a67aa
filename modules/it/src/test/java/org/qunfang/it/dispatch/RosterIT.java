package org.qunfang.it.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qunfang.it.system.Qunfang;

/** The roster edited by hand: every hard rule refused with its reason, races settled by version. */
class RosterIT {

  private static final String TOWNSHIP = "350923103";
  private static final String COMMUNITY = "350923103201";

  private static Dispatch dispatch;

  @BeforeAll
  static void dispatcher() {
    dispatch = Dispatch.of(TOWNSHIP);
  }

  private static String unique(String name) {
    return name + System.nanoTime() % 100_000;
  }

  @Test
  void handEditsKeepEveryRuleAndSayWhichTheyWouldBreak() {
    String post = dispatch.post(unique("长桥村口"), COMMUNITY, 2);
    String other = dispatch.post(unique("长桥物资点"), COMMUNITY, 2);
    String police = dispatch.volunteer("林警官", COMMUNITY, List.of("POLICE"));
    String volunteer = dispatch.volunteer("陈志愿", COMMUNITY, List.of("COMMUNITY"));
    String weekendsOnly =
        dispatch.person(
            "周末周",
            COMMUNITY,
            List.of("POLICE"),
            List.of(
                Map.of(
                    "day",
                    Dispatch.TOMORROW.plusDays(3).getDayOfWeek().name(),
                    "from",
                    "00:00",
                    "until",
                    "00:00")),
            null);
    List<Map<String, Object>> shifts = dispatch.shifts(post, 2);
    assertThat(shifts).hasSize(6);
    Map<String, Object> night = shifts.get(0);
    Map<String, Object> morning = shifts.get(1);

    dispatch
        .assign(Dispatch.slot(night, 0), volunteer)
        .then()
        .statusCode(400)
        .body("detail", containsString("需要“警务”技能"))
        .body("violations[0].field", equalTo("personId"));
    dispatch
        .assign(Dispatch.slot(night, 0), weekendsOnly)
        .then()
        .statusCode(400)
        .body("detail", containsString("可服务时间不含此班次"));
    dispatch
        .assign(Dispatch.slot(night, 0), police)
        .then()
        .statusCode(200)
        .body("personId", equalTo(police))
        .body("pinned", equalTo(true));
    dispatch
        .assign(Dispatch.slot(morning, 0), police)
        .then()
        .statusCode(400)
        .body("detail", containsString("休息不足 8 小时"));
    dispatch
        .assign(Dispatch.slot(dispatch.shifts(other, 2).get(0), 0), police)
        .then()
        .statusCode(400)
        .body("detail", containsString("时间重叠"));

    Dispatch elsewhere = Dispatch.of("350923104");
    String stranger = elsewhere.volunteer("外镇人", "350923104201", List.of());
    dispatch
        .assign(Dispatch.slot(morning, 1), stranger)
        .then()
        .statusCode(404)
        .body("detail", containsString("不在您的管辖区域内"));
    elsewhere
        .assign(Dispatch.slot(morning, 1), stranger)
        .then()
        .statusCode(404)
        .body("detail", containsString("不在您的管辖区域内"));

    List<Map<String, Object>> candidates =
        dispatch
            .dispatcher()
            .api()
            .get("/dispatch/roster/slots/" + Dispatch.slot(morning, 0).get("id") + "/candidates")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(candidates).extracting(c -> c.get("personId")).contains(volunteer);
    assertThat(candidates).extracting(c -> c.get("personId")).doesNotContain(police, stranger);

    Map<String, Object> freed = dispatch.shifts(post, 2).get(0);
    dispatch
        .dispatcher()
        .api()
        .queryParam("version", Dispatch.slot(freed, 0).get("version"))
        .delete("/dispatch/roster/slots/" + Dispatch.slot(freed, 0).get("id"))
        .then()
        .statusCode(200)
        .body("personId", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void twoDispatchersTakingTheLastSlotOneWinsTheOtherIsTold() throws Exception {
    String post = dispatch.post(unique("长桥桥头"), COMMUNITY, 1);
    Dispatch district = new Dispatch(Qunfang.activeUser("350923", "DISPATCHER"), "350923");
    String mine = dispatch.volunteer("甲", COMMUNITY, List.of());
    String theirs = dispatch.volunteer("乙", COMMUNITY, List.of());
    Map<String, Object> last = Dispatch.slot(dispatch.shifts(post, 1).get(1), 1);

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService two = Executors.newFixedThreadPool(2);
    List<Callable<Integer>> racers =
        List.of(
            () -> {
              start.await();
              return dispatch.assign(last, mine).statusCode();
            },
            () -> {
              start.await();
              return district.assign(district.dispatcher(), last, theirs).statusCode();
            });
    List<Future<Integer>> results = racers.stream().map(two::submit).toList();
    start.countDown();
    List<Integer> codes = List.of(results.get(0).get(), results.get(1).get());
    two.shutdown();

    assertThat(codes).containsExactlyInAnyOrder(200, 409);
    Map<String, Object> settled = Dispatch.slot(dispatch.shifts(post, 1).get(1), 1);
    assertThat(settled.get("personId")).isIn(mine, theirs);
    assertThat(settled.get("version")).isEqualTo(2);
  }

  @Test
  void coverageCountsTheGapsAndPutsTheNextDayFirst() {
    String post = dispatch.post(unique("长桥卡口"), COMMUNITY, 2);
    String someone = dispatch.volunteer("丙", COMMUNITY, List.of());
    List<Map<String, Object>> shifts = dispatch.shifts(post, 2);
    dispatch.assign(Dispatch.slot(shifts.get(1), 0), someone).then().statusCode(200);

    Map<String, Object> coverage =
        dispatch
            .dispatcher()
            .api()
            .queryParam("area", COMMUNITY)
            .queryParam("from", Dispatch.TOMORROW.toString())
            .queryParam("days", 2)
            .get("/dispatch/roster/coverage")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("$");
    assertThat((Integer) coverage.get("gaps")).isPositive();
    assertThat((Integer) coverage.get("slots")).isGreaterThan((Integer) coverage.get("gaps"));
    List<Map<String, Object>> mine = dispatch.shifts(post, 2);
    assertThat(mine.get(1).get("slots").toString()).contains(someone);

    dispatch
        .dispatcher()
        .api()
        .queryParam("from", Dispatch.TOMORROW.toString())
        .queryParam("days", 15)
        .get("/dispatch/roster/coverage")
        .then()
        .statusCode(400)
        .body("detail", containsString("1 至 14 天"));
    dispatch
        .dispatcher()
        .api()
        .queryParam("area", "350923104")
        .queryParam("from", Dispatch.TOMORROW.toString())
        .get("/dispatch/roster/coverage")
        .then()
        .statusCode(403);
  }
}
