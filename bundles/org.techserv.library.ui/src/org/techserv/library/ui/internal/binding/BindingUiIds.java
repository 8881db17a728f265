package org.techserv.library.ui.internal.binding;

/** Ids of the Binding view and its dialogs, and the widget keys tests find them by. */
public final class BindingUiIds {

	public static final String VIEW = "org.techserv.library.ui.views.binding"; //$NON-NLS-1$

	public static final String KEY_BATCHES = "binding.batches"; //$NON-NLS-1$
	public static final String KEY_VOLUMES = "binding.volumes"; //$NON-NLS-1$
	public static final String KEY_STATUS = "binding.status"; //$NON-NLS-1$
	public static final String KEY_TITLE = "binding.title"; //$NON-NLS-1$
	/** The issues and copies of the chosen title, to tick. */
	public static final String KEY_ISSUES = "binding.issues"; //$NON-NLS-1$
	/** Where a worn copy's barcode is scanned. */
	public static final String KEY_WORN = "binding.worn"; //$NON-NLS-1$
	public static final String KEY_LABEL = "binding.label"; //$NON-NLS-1$
	public static final String KEY_COLOUR = "binding.colour"; //$NON-NLS-1$
	public static final String KEY_COVER = "binding.cover"; //$NON-NLS-1$
	public static final String KEY_SPINE = "binding.spine"; //$NON-NLS-1$
	public static final String KEY_CALL_NUMBER = "binding.callNumber"; //$NON-NLS-1$
	/** The return dialog's barcode fields are {@code binding.barcode.0}, {@code .1}... in the order of the volumes. */
	public static final String KEY_BARCODE = "binding.barcode."; //$NON-NLS-1$
	public static final String KEY_OVERDUE = "binding.overdue"; //$NON-NLS-1$

	private BindingUiIds() {
	}
}
