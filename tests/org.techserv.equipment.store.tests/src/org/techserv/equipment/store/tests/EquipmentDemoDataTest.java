package org.techserv.equipment.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.equipment.model.OrderStatus;
import org.techserv.equipment.model.ServiceKind;
import org.techserv.model.core.CorePackage;
import org.techserv.model.core.Party;
import org.techserv.model.core.Qualification;
import org.techserv.model.core.StaffFunction;
import org.techserv.model.core.StaffRole;
import org.techserv.model.store.PartyRepository;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.demo.DemoDataRegistry;
import org.techserv.store.demo.DemoDataRegistry.Contribution;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/** The demo shop is big and varied enough to show every screen, and adding it twice adds nothing. */
class EquipmentDemoDataTest {

	@TempDir
	Path folder;

	@Test
	void theDemoShopHasEveryKindAndStatusOfOrderAndLicencesInEveryState() throws Exception {
		try (EmbeddedDerby database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")))) {
			try (Connection connection = database.connect()) {
				new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
			}
			Contribution shop = DemoDataRegistry.read(Platform.getExtensionRegistry()).stream()
					.filter(c -> c.name().equals("Equipment shop")).findFirst().orElseThrow();
			assertFalse(shop.data().present(database));

			long start = System.nanoTime();
			String summary = shop.data().load(database, new NullProgressMonitor());
			System.out.printf("demo equipment shop: %s in %d ms%n", summary, (System.nanoTime() - start) / 1_000_000);

			assertTrue(shop.data().present(database), "a second run is skipped");
			List<Party> technicians = new PartyRepository(database).staff(StaffFunction.TECHNICIAN);
			assertTrue(technicians.size() >= 8, "technicians: " + technicians.size());
			LocalDate today = LocalDate.now();
			boolean expired = false;
			boolean expiring = false;
			for (Party technician : technicians) {
				for (Qualification licence : ((StaffRole) technician.getRole(CorePackage.Literals.STAFF_ROLE))
						.getQualifications()) {
					LocalDate until = licence.getValidUntil();
					expired |= until != null && until.isBefore(today);
					expiring |= until != null && !until.isBefore(today) && until.isBefore(today.plusDays(31));
				}
			}
			assertTrue(expired, "some licence has expired");
			assertTrue(expiring, "some licence expires within 30 days");
			try (Connection c = database.connect()) {
				assertTrue(count(c, "SELECT COUNT(*) FROM CORE_PARTY_ROLE WHERE KIND = 'CustomerRole'") >= 30);
				assertTrue(count(c, "SELECT COUNT(*) FROM EQUIPMENT_UNIT") >= 60);
				assertTrue(count(c, "SELECT COUNT(*) FROM EQUIPMENT_ORDER") >= 100);
				assertEquals(names(OrderStatus.VALUES), distinct(c, "SELECT DISTINCT STATUS FROM CORE_WORK_ITEM WHERE KIND = 'ServiceOrder'"));
				assertEquals(names(ServiceKind.VALUES), distinct(c, "SELECT DISTINCT ORDER_KIND FROM EQUIPMENT_ORDER"));
				assertTrue(count(c, "SELECT COUNT(*) FROM EQUIPMENT_REPAIR_LINE") > 0, "repairs took parts");
				assertTrue(count(c, "SELECT COUNT(*) FROM EQUIPMENT_VISIT") > 80);
				assertTrue(count(c, "SELECT COUNT(*) FROM EQUIPMENT_MAINTENANCE_PLAN") > 10);
				assertTrue(count(c, "SELECT COUNT(*) FROM EQUIPMENT_STEP WHERE KIND = 'MEASUREMENT' AND "
						+ "(MEASURED < LOWER_LIMIT OR MEASURED > UPPER_LIMIT)") > 0, "some measurement failed");
			}
		}
	}

	private static long count(Connection c, String sql) throws Exception {
		try (PreparedStatement statement = c.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
			row.next();
			return row.getLong(1);
		}
	}

	private static Set<String> distinct(Connection c, String sql) throws Exception {
		Set<String> values = new HashSet<>();
		try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static Set<String> names(List<? extends org.eclipse.emf.common.util.Enumerator> values) {
		Set<String> names = new HashSet<>();
		values.forEach(v -> names.add(v.getName()));
		return names;
	}
}
