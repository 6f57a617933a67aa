package org.qunfang.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qunfang.access.account.boundary.FirstAdministrator;
import org.qunfang.grid.division.boundary.HomeAreaImport;
import org.qunfang.kernel.area.DivisionCode;
import org.qunfang.kernel.division.DivisionDirectory;

/**
 * Inside the real server: the access and grid persistence units share one connection in one
 * transaction, a fact that grid announces reaches access, and boundaries refuse the anonymous. Uses
 * 马尾区 (350105), which nothing else in the suite touches.
 */
@ExtendWith(ArquillianExtension.class)
class CrossModuleTransactionIT {

  private static final String MAWEI = "350105";

  @Deployment
  static EnterpriseArchive deployment() {
    return QunfangDeployment.withTests(CrossModuleTransactionIT.class);
  }

  @Inject HomeAreaImport areaImport;

  @Inject FirstAdministrator firstAdministrator;

  @Inject DivisionDirectory divisions;

  @Inject UserTransaction transaction;

  @Resource(lookup = "jdbc/qunfang")
  DataSource dataSource;

  @Test
  void twoModulesWriteInOneTransactionOnOneConnectionAndRollBackTogether() throws Exception {
    transaction.begin();
    try {
      areaImport.importArea(DivisionCode.of("350104")); // grid unit: 仓山区
      firstAdministrator.ensureFor("350104"); // access unit
      // A JDBC read in the same transaction sees both units' unflushed-to-commit writes only
      // because the container hands every enlistment the same physical connection.
      assertTrue(count("select count(*) from grid.division where code like '350104%'") > 100);
      assertEquals(1, count("select count(*) from access.account where username = 'admin-350104'"));
    } finally {
      transaction.rollback();
    }
    assertEquals(0, count("select count(*) from grid.division where code like '350104%'"));
    assertEquals(0, count("select count(*) from access.account where username = 'admin-350104'"));
  }

  @Test
  void importingAnAreaInGridGivesItAnAdministratorInAccess() throws Exception {
    transaction.begin();
    areaImport.importArea(DivisionCode.of(MAWEI));
    transaction.commit();
    // FirstAdministrator observed HomeAreaImported after the commit ...
    String admins =
        "select count(*) from access.account a join access.account_role r on r.account_id = a.id"
            + " where a.home_division = '350105' and r.role_name = 'DISTRICT_ADMIN'";
    assertEquals(1, count(admins));
    // ... and its creation is in the audit trail, the password hash masked.
    String audited =
        "select count(*) from access.audit_event where entity_type = 'Account'"
            + " and action = 'CREATE' and changes like '%\"homeDivision\":\"350105\"%'"
            + " and changes like '%\"passwordHash\":\"******\"%'";
    assertEquals(1, count(audited));
  }

  @Test
  void aBoundaryRefusesACallerWithoutAnAccount() {
    Exception refused = assertThrows(Exception.class, () -> divisions.children("350923"));
    assertTrue(String.valueOf(refused).contains("role.denied"), refused::toString);
  }

  private int count(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
