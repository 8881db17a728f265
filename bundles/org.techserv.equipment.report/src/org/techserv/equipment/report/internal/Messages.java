package org.techserv.equipment.report.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of service reports and technicians' calendars, in the workbench's language; translations sit next to
 * messages.properties (NLS reads them as ISO-8859-1, so anything beyond Latin-1 is written as a Unicode escape).
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.equipment.report.internal.messages"; //$NON-NLS-1$

	public static String reportTitle;
	public static String documentTitle;
	public static String footer;
	public static String range;

	public static String order;
	public static String kind;
	public static String status;
	public static String title;
	public static String customer;

	public static String equipmentHeading;
	public static String model;
	public static String serialNumber;
	public static String site;
	public static String installedOn;
	public static String warrantyUntil;

	public static String visitsHeading;
	public static String technician;
	public static String time;
	public static String travelNote;
	public static String noVisits;

	public static String problemHeading;

	public static String diagnosticsHeading;
	public static String performedAt;
	public static String runResult;
	public static String step;
	public static String measured;
	public static String limits;
	public static String check;
	public static String observation;
	public static String result;
	public static String pass;
	public static String fail;
	public static String yes;
	public static String no;
	public static String noSteps;

	public static String repairHeading;
	public static String partNumber;
	public static String part;
	public static String quantity;
	public static String labourHours;
	public static String description;
	public static String total;

	public static String trainingHeading;
	public static String attendees;
	public static String topics;
	public static String duration;
	public static String minutes;
	public static String hoursMinutes;
	public static String customerSignedBy;
	public static String customerSignedOn;

	public static String signOffHeading;
	public static String signedBy;
	public static String signedAt;
	public static String comment;
	public static String notSigned;

	public static String kindInstallation;
	public static String kindTraining;
	public static String kindDiagnosticVisit;
	public static String kindRepair;
	public static String kindPreventiveMaintenance;

	public static String statusNew;
	public static String statusScheduled;
	public static String statusDispatched;
	public static String statusInProgress;
	public static String statusOnHold;
	public static String statusCompleted;
	public static String statusClosed;
	public static String statusCancelled;

	public static String calendarName;
	public static String eventSummary;
	public static String eventSummaryUntitled;
	public static String eventEquipment;
	public static String eventTravel;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
