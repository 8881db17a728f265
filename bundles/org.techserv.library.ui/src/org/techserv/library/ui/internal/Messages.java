package org.techserv.library.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the library screens; translations sit next to messages.properties (messages_in.properties, ...). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.library.ui.internal.messages"; //$NON-NLS-1$

	public static String noStore;
	public static String editorWrongInput;
	public static String saveRefused;
	public static String conflictTitle;
	public static String conflictQuestion;
	public static String newRecordName;
	public static String pageMarc;
	public static String pageDescription;
	public static String pageItems;
	public static String pageHistory;
	public static String sectionMarc;
	public static String sectionMarcDescription;
	public static String lineHint;
	public static String columnField;
	public static String columnProblem;
	public static String buttonApply;
	public static String buttonAddField;
	public static String buttonRemoveField;
	public static String buttonUp;
	public static String buttonDown;
	public static String editField;
	public static String removeFields;
	public static String editSubjects;
	public static String sectionTitle;
	public static String fieldTitle;
	public static String fieldRemainder;
	public static String fieldResponsibility;
	public static String fieldEdition;
	public static String sectionPublication;
	public static String fieldPlace;
	public static String fieldPublisher;
	public static String fieldDate;
	public static String sectionNumbers;
	public static String sectionNumbersDescription;
	public static String fieldIsbn;
	public static String fieldIssn;
	public static String fieldLcClass;
	public static String fieldLcItem;
	public static String fieldDewey;
	public static String sectionSubjects;
	public static String sectionSubjectsDescription;
	public static String fieldSubjects;
	public static String isbnInvalid;
	public static String issnInvalid;
	public static String sectionItems;
	public static String sectionItemsDescription;
	public static String sectionCopy;
	public static String columnBarcode;
	public static String columnCopy;
	public static String columnCallNumber;
	public static String columnLocation;
	public static String columnStatus;
	public static String buttonAddCopy;
	public static String buttonRemoveCopy;
	public static String fieldBarcode;
	public static String fieldCopyNumber;
	public static String fieldCallNumber;
	public static String fieldLocation;
	public static String fieldStatus;
	public static String copyNumberNotANumber;
	public static String statusInProcessing;
	public static String statusAvailable;
	public static String statusOnLoan;
	public static String statusAtBindery;
	public static String statusMissing;
	public static String statusWithdrawn;
	public static String sectionHistory;
	public static String sectionHistoryDescription;
	public static String columnWhen;
	public static String columnWho;
	public static String columnWhat;
	public static String columnTag;
	public static String columnBefore;
	public static String columnAfter;
	public static String actionCreated;
	public static String actionUpdated;
	public static String actionDeleted;
	public static String catalogueSearch;
	public static String catalogueSearchHint;
	public static String catalogueCount;
	public static String catalogueLoaded;
	public static String catalogueLoading;
	public static String columnTitle;
	public static String columnAuthor;
	public static String columnYear;
	public static String columnIsbn;
	public static String columnCopies;
	public static String importTitle;
	public static String importFiles;
	public static String importDuplicatesQuestion;
	public static String importSkip;
	public static String importReplace;
	public static String importKeep;
	public static String importJob;
	public static String importSummary;
	public static String importSkipped;
	public static String importReplaced;
	public static String importCancelled;
	public static String importRejectedLine;
	public static String importFailed;
	public static String importDone;
	public static String exportTitle;
	public static String exportJob;
	public static String exportDone;
	public static String copyTarget;
	public static String copyTermsHint;
	public static String copySearch;
	public static String copyImport;
	public static String copyMore;
	public static String copySearching;
	public static String copyCancelled;
	public static String copyFound;
	public static String copyImporting;
	public static String copyImported;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
