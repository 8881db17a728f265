package org.techserv.library.ui;

/** Ids of the library's perspective, views, editor and commands, for plug-ins that place things beside them. */
public final class LibraryUiIds {

	public static final String PERSPECTIVE = "org.techserv.library.ui.perspective"; //$NON-NLS-1$
	public static final String CATALOGUE_VIEW = "org.techserv.library.ui.views.catalogue"; //$NON-NLS-1$
	public static final String COPY_CATALOGUING_VIEW = "org.techserv.library.ui.views.copyCataloguing"; //$NON-NLS-1$
	public static final String RECORD_EDITOR = "org.techserv.library.ui.editors.record"; //$NON-NLS-1$
	public static final String NEW_RECORD_COMMAND = "org.techserv.library.ui.commands.newRecord"; //$NON-NLS-1$
	public static final String IMPORT_COMMAND = "org.techserv.library.ui.commands.importMarc"; //$NON-NLS-1$
	public static final String IMPORT_FILE_PARAMETER = IMPORT_COMMAND + ".file"; //$NON-NLS-1$
	public static final String IMPORT_DUPLICATES_PARAMETER = IMPORT_COMMAND + ".duplicates"; //$NON-NLS-1$
	public static final String SPINE_LABELS_COMMAND = "org.techserv.library.ui.commands.spineLabels"; //$NON-NLS-1$
	public static final String BARCODE_LABELS_COMMAND = "org.techserv.library.ui.commands.barcodeLabels"; //$NON-NLS-1$
	/** The PDF to write; the suffix of both labels commands' file parameter. */
	public static final String LABELS_FILE_SUFFIX = ".file"; //$NON-NLS-1$
	public static final String EXPORT_COMMAND = "org.techserv.library.ui.commands.exportMarc"; //$NON-NLS-1$
	public static final String EXPORT_FILE_PARAMETER = EXPORT_COMMAND + ".file"; //$NON-NLS-1$

	private LibraryUiIds() {
	}
}
