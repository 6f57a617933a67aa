package org.qunfang.dispatch.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.qunfang.dispatch.api.DispatchTexts;
import org.qunfang.dispatch.api.attendance.Attendance;
import org.qunfang.dispatch.api.attendance.SelfSignIn;
import org.qunfang.dispatch.api.roster.NoticeView;
import org.qunfang.dispatch.api.roster.OwnRoster;
import org.qunfang.dispatch.api.roster.OwnShift;
import org.qunfang.kernel.problem.Message;
import org.qunfang.kernel.problem.Problem;
import org.qunfang.kernel.time.Beijing;
import org.qunfang.web.api.faces.LanguageSwitch;
import org.qunfang.web.api.faces.PageMessages;

/** 我的班次: someone on the roster sees their shifts and notices, and signs in with the code. */
@Named("mineBean")
@ViewScoped
public class MinePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient OwnRoster own;
  @Inject transient Attendance attendance;
  @Inject transient PageMessages messages;
  @Inject LanguageSwitch language;

  private List<OwnShift> shifts = List.of();
  private List<NoticeView> notices = List.of();
  private String code;

  @PostConstruct
  void load() {
    shifts = own.upcoming();
    notices = own.notices();
  }

  public void signIn() {
    try {
      attendance.signInWithCode(new SelfSignIn(code));
      messages.info("mine.signedIn");
      code = null;
    } catch (Problem | EJBException refused) {
      messages.problem(refused);
    }
  }

  public String when(OwnShift shift) {
    return Beijing.shift(shift.startsAt(), shift.endsAt());
  }

  public String text(NoticeView notice) {
    return new Message(DispatchTexts.TEXTS, notice.key(), notice.arguments().toArray())
        .in(language.getLocale());
  }

  public List<OwnShift> getShifts() {
    return shifts;
  }

  public List<NoticeView> getNotices() {
    return notices;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
