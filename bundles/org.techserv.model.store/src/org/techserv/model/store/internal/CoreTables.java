package org.techserv.model.store.internal;

import static org.techserv.model.core.CorePackage.Literals.*;

import java.util.List;

import org.techserv.model.core.Organisation;
import org.techserv.model.core.Party;
import org.techserv.model.core.Person;
import org.techserv.model.core.WorkItem;
import org.techserv.store.emf.ChildRows;
import org.techserv.store.emf.Column;
import org.techserv.store.emf.DetailTable;
import org.techserv.store.emf.EntityTable;
import org.techserv.store.emf.EntityTable.StandardAttributes;
import org.techserv.store.emf.ValueType;

/** How the core model maps to the tables of db/core (one place, so SQL and model cannot drift apart unnoticed). */
public final class CoreTables {

	public static final StandardAttributes STANDARD = new StandardAttributes(ENTITY__ID, ENTITY__VERSION,
			ENTITY__CREATED_BY, ENTITY__CREATED_AT, ENTITY__UPDATED_BY, ENTITY__UPDATED_AT);

	public static final EntityTable PARTY = new EntityTable("CORE_PARTY", "Party", STANDARD, List.of( //$NON-NLS-1$ //$NON-NLS-2$
			Column.derived("KIND", ValueType.STRING, p -> p instanceof Organisation ? "O" : "P"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Column.derived("SORT_NAME", ValueType.STRING, p -> sortName((Party) p)), //$NON-NLS-1$
			Column.of("GIVEN_NAME", PERSON__GIVEN_NAME), //$NON-NLS-1$
			Column.of("FAMILY_NAME", PERSON__FAMILY_NAME), //$NON-NLS-1$
			Column.of("NAME", ORGANISATION__NAME), //$NON-NLS-1$
			Column.of("REGISTRATION_NUMBER", ORGANISATION__REGISTRATION_NUMBER), //$NON-NLS-1$
			Column.of("EMAIL", PARTY__EMAIL), //$NON-NLS-1$
			Column.of("PHONE", PARTY__PHONE))); //$NON-NLS-1$

	/** Role columns after ID, PARTY_ID, SEQ, KIND. */
	public static final List<Column> ROLE_COLUMNS = List.of(
			Column.of("CUSTOMER_NUMBER", CUSTOMER_ROLE__CUSTOMER_NUMBER), //$NON-NLS-1$
			Column.of("BARCODE", PATRON_ROLE__BARCODE), //$NON-NLS-1$
			Column.of("BLOCKED", PATRON_ROLE__BLOCKED), //$NON-NLS-1$
			Column.of("BLOCK_REASON", PATRON_ROLE__BLOCK_REASON), //$NON-NLS-1$
			Column.of("STAFF_NUMBER", STAFF_ROLE__STAFF_NUMBER), //$NON-NLS-1$
			Column.of("STAFF_FUNCTION", STAFF_ROLE__FUNCTION), //$NON-NLS-1$
			Column.of("LOGIN", STAFF_ROLE__LOGIN)); //$NON-NLS-1$

	public static final ChildRows ADDRESSES = new ChildRows("CORE_ADDRESS", "PARTY_ID", ADDRESS, List.of( //$NON-NLS-1$ //$NON-NLS-2$
			Column.of("KIND", ADDRESS__KIND), Column.of("STREET", ADDRESS__STREET), //$NON-NLS-1$ //$NON-NLS-2$
			Column.of("POSTAL_CODE", ADDRESS__POSTAL_CODE), Column.of("CITY", ADDRESS__CITY), //$NON-NLS-1$ //$NON-NLS-2$
			Column.of("REGION", ADDRESS__REGION), Column.of("COUNTRY", ADDRESS__COUNTRY))); //$NON-NLS-1$ //$NON-NLS-2$

	public static final ChildRows NOTES = new ChildRows("CORE_NOTE", "OWNER_ID", NOTE, List.of( //$NON-NLS-1$ //$NON-NLS-2$
			Column.of("TEXT", NOTE__TEXT), Column.of("AUTHOR", NOTE__AUTHOR), //$NON-NLS-1$ //$NON-NLS-2$
			Column.of("CREATED_AT", NOTE__CREATED_AT))); //$NON-NLS-1$

	public static final ChildRows ATTACHMENTS = new ChildRows("CORE_ATTACHMENT", "OWNER_ID", ATTACHMENT, List.of( //$NON-NLS-1$ //$NON-NLS-2$
			Column.of("FILE_NAME", ATTACHMENT__FILE_NAME), Column.of("MEDIA_TYPE", ATTACHMENT__MEDIA_TYPE), //$NON-NLS-1$ //$NON-NLS-2$
			Column.of("SIZE", ATTACHMENT__SIZE), Column.of("DESCRIPTION", ATTACHMENT__DESCRIPTION), //$NON-NLS-1$ //$NON-NLS-2$
			Column.of("CONTENT_KEY", ATTACHMENT__CONTENT_KEY))); //$NON-NLS-1$

	public static final ChildRows QUALIFICATIONS = new ChildRows("CORE_QUALIFICATION", "ROLE_ID", QUALIFICATION, //$NON-NLS-1$ //$NON-NLS-2$
			List.of(Column.of("KIND", QUALIFICATION__KIND), Column.of("NUMBER", QUALIFICATION__NUMBER), //$NON-NLS-1$ //$NON-NLS-2$
					Column.of("ISSUER", QUALIFICATION__ISSUER), Column.of("VALID_FROM", QUALIFICATION__VALID_FROM), //$NON-NLS-1$ //$NON-NLS-2$
					Column.of("VALID_UNTIL", QUALIFICATION__VALID_UNTIL))); //$NON-NLS-1$

	public static final EntityTable WORK_ITEM = new EntityTable("CORE_WORK_ITEM", "WorkItem", STANDARD, List.of( //$NON-NLS-1$ //$NON-NLS-2$
			Column.derived("KIND", ValueType.STRING, w -> w.eClass().getName()), //$NON-NLS-1$
			Column.of("NUMBER", WORK_ITEM__NUMBER), //$NON-NLS-1$
			Column.of("TITLE", WORK_ITEM__TITLE), //$NON-NLS-1$
			Column.of("STATUS", WORK_ITEM__STATUS), //$NON-NLS-1$
			Column.of("PRIORITY", WORK_ITEM__PRIORITY), //$NON-NLS-1$
			Column.derived("ASSIGNEE_ID", ValueType.LONG, w -> assigneeId((WorkItem) w)), //$NON-NLS-1$
			Column.of("DUE_DATE", WORK_ITEM__DUE_DATE))); //$NON-NLS-1$

	public static final DetailTable TASK = new DetailTable("CORE_TASK", List.of(Column.of("DESCRIPTION", TASK__DESCRIPTION))); //$NON-NLS-1$ //$NON-NLS-2$

	private CoreTables() {
	}

	/** Family name first, so lists sort people by family name: "Wibowo, Agus". */
	public static String sortName(Party party) {
		if (party instanceof Person person) {
			String family = person.getFamilyName() == null ? "" : person.getFamilyName().strip(); //$NON-NLS-1$
			String given = person.getGivenName() == null ? "" : person.getGivenName().strip(); //$NON-NLS-1$
			return family.isEmpty() ? given : given.isEmpty() ? family : family + ", " + given; //$NON-NLS-1$
		}
		String name = ((Organisation) party).getName();
		return name == null ? "" : name.strip(); //$NON-NLS-1$
	}

	private static Long assigneeId(WorkItem item) {
		Party assignee = item.getAssignee();
		return assignee == null || assignee.getId() == 0 ? null : assignee.getId();
	}
}
