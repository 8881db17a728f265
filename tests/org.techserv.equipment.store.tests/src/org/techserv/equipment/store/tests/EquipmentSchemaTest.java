package org.techserv.equipment.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techserv.equipment.store.internal.EquipmentTables;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.emf.ChildRows;
import org.techserv.store.emf.Column;
import org.techserv.store.emf.ValueType;
import org.techserv.store.internal.EmbeddedDerby;
import org.techserv.store.migration.MigrationRegistry;
import org.techserv.store.migration.Migrator;

/** The equipment tables hold every value the model accepts: no text the editor allows is cut at the database. */
class EquipmentSchemaTest {

	@TempDir
	Path folder;

	@Test
	void everyTextColumnIsAsLongAsItsModelValueTypeAllows() throws Exception {
		try (EmbeddedDerby database = new EmbeddedDerby(DatabaseSettings.embedded(folder.resolve("db")));
				Connection connection = database.connect()) {
			new Migrator("installer").migrate(connection, MigrationRegistry.contributed());
			Map<String, List<Column>> tables = new LinkedHashMap<>();
			for (var table : List.of(EquipmentTables.MODEL, EquipmentTables.UNIT, EquipmentTables.PART,
					EquipmentTables.PLAN)) {
				tables.put(table.table(), table.columns());
			}
			tables.put(EquipmentTables.ORDER.table(), EquipmentTables.ORDER.columns());
			for (ChildRows rows : List.of(EquipmentTables.VISITS, EquipmentTables.RUNS, EquipmentTables.STEPS,
					EquipmentTables.REPAIR_LINES)) {
				tables.put(rows.table(), rows.columns());
			}
			int checked = 0;
			for (Map.Entry<String, List<Column>> table : tables.entrySet()) {
				for (Column column : table.getValue()) {
					if (column.attribute() == null || column.type() != ValueType.STRING) {
						continue;
					}
					int max = ExtendedMetaData.INSTANCE.getMaxLengthFacet(column.attribute().getEAttributeType());
					try (ResultSet row = connection.getMetaData().getColumns(null, null, table.getKey(),
							column.name())) {
						String where = table.getKey() + "." + column.name() + " for " + column.attribute().getName();
						assertTrue(row.next(), where + " exists");
						if (max > 0) {
							assertEquals(max, row.getInt("COLUMN_SIZE"), where);
						}
						checked++;
					}
				}
			}
			assertTrue(checked > 15, "the loop saw the tables: checked " + checked + " columns");
		}
	}
}
